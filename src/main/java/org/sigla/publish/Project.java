package org.sigla.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.sigla.Edition;
import org.sigla.EditionException;
import org.sigla.Sigla;
import org.sigla.validate.Validator;
import org.sigla.xml.Inclusions;

/**
 * The sources of a build as a project: its registers (documents of lists that the editions'
 * names point into), read and checked once before any edition is rendered, and its editions.
 */
public final class Project {

    private final List<Path> registerFiles;
    private final List<Edition> registers;
    private final List<Path> editions;
    private final String fingerprint;

    private Project(List<Path> registerFiles, List<Edition> registers, List<Path> editions, String fingerprint) {
        this.registerFiles = registerFiles;
        this.registers = registers;
        this.editions = editions;
        this.fingerprint = fingerprint;
    }

    /**
     * The project the sources make, for a command that checks rather than builds: its
     * registers read (not checked: the command checks every source itself), its files
     * included by others left out.
     */
    public static Project read(Sigla sigla, List<Path> sources) throws IOException {
        ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            return of(sigla, null, sources, pool, new BuildListener() {
                @Override
                public void problem(org.sigla.validate.Problem problem) { }

                @Override
                public void warning(Path edition, String message) { }

                @Override
                public void failed(Path edition, String message) { }

                @Override
                public void built(Path edition, Path folder) { }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the project could not be read: interrupted", e);
        } finally {
            pool.shutdown();
        }
    }

    /** Tells the registers among the sources (in parallel: each file is scanned), then reads and checks them (with no validator, only reads them). */
    static Project of(Sigla sigla, Validator validator, List<Path> sources, ExecutorService pool, BuildListener listener)
            throws IOException, InterruptedException {
        List<Future<Boolean>> scans = new ArrayList<>();
        List<Future<List<Path>>> inclusions = new ArrayList<>();
        for (Path source : sources) {
            scans.add(pool.submit(() -> sigla.isRegister(source)));
            inclusions.add(pool.submit(() -> Inclusions.namedIn(source)));
        }
        // A file another source includes is part of that edition, not one of its own (a chapter, a shared front matter).
        Set<Path> included = new HashSet<>();
        for (Future<List<Path>> named : inclusions) {
            try {
                included.addAll(named.get());
            } catch (ExecutionException e) {
                // Told when the edition is read.
            }
        }
        List<Path> registerFiles = new ArrayList<>();
        List<Path> editions = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Path source = sources.get(i);
            if (included.contains(source.toAbsolutePath().normalize())) {
                listener.included(source);
                listener.finished(source);
                continue;
            }
            try {
                (scans.get(i).get() ? registerFiles : editions).add(source);
            } catch (ExecutionException e) {
                editions.add(source);
            }
        }
        List<Edition> registers = new ArrayList<>();
        StringBuilder hashes = new StringBuilder();
        for (Path file : registerFiles) {
            try {
                Edition register = sigla.read(file);
                if (validator != null) {
                    validator.check(register).problems().forEach(listener::problem);
                }
                registers.add(register);
                hashes.append(file).append(' ').append(Fingerprint.of(file, register.included())).append('\n');
            } catch (EditionException e) {
                listener.problem(e.problem());
            }
            listener.finished(file);
        }
        return new Project(List.copyOf(registerFiles), List.copyOf(registers), List.copyOf(editions), hashes.toString());
    }

    public List<Path> registerFiles() {
        return registerFiles;
    }

    /** The registers, read: what {@link Edition#withRegisters} gives the editions. */
    public List<Edition> registers() {
        return registers;
    }

    public List<Path> editions() {
        return editions;
    }

    /** The sources that are files of their own (editions and registers), in their order; not those another includes. */
    public List<Path> ownFiles(List<Path> sources) {
        return sources.stream().filter(source -> editions.contains(source) || registerFiles.contains(source)).toList();
    }

    /** What the editions' pages depend on in the registers: their files' hashes. */
    String fingerprint() {
        return fingerprint;
    }
}
