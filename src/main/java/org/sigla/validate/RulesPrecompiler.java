package org.sigla.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import net.sf.saxon.s9api.Processor;

/**
 * Run by the Maven build (process-classes, see pom.xml): turns Sigla's Schematron rules into
 * their validating stylesheet once, so that {@code sigla validate} and {@code sigla build} do
 * not run SchXslt at every start. Arguments: the rules, the stylesheet to write.
 */
public final class RulesPrecompiler {

    private RulesPrecompiler() {}

    public static void main(String[] args) throws Exception {
        Path rules = Path.of(args[0]);
        Path stylesheet = Path.of(args[1]);
        Files.createDirectories(stylesheet.getParent());
        Processor processor = new Processor(false);
        processor.writeXdmValue(SchematronRules.toStylesheet(processor, rules.toUri().toString()),
                processor.newSerializer(stylesheet.toFile()));
    }
}
