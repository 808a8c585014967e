package org.sigla.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigla.bench.FairBenchmark.Result;

/** The benchmark's last line, on recorded and new figures given here: no timing is measured. */
class FairBenchmarkVerdictTest {

    private static final List<Result> RECORDED = List.of(
            new Result("drama (12)", "sigla-html", 0.200, 0.010),
            new Result("drama (12)", "peer-html", 0.400, 0.010),
            new Result("letters (1)", "sigla-text", 0.0015, 0.0001));

    @Test
    void aSiglaConfigurationSlowerThanRecordedByMoreThanTheSpreadIsNamed() {
        String verdict = FairBenchmark.verdict(List.of(new Result("drama (12)", "sigla-html", 0.215, 0.004),
                new Result("letters (1)", "sigla-text", 0.0015, 0.0001)), RECORDED);
        assertEquals("SLOWER than recorded in " + FairBenchmark.RECORD + ": drama (12) sigla-html 215.0 ms against 200.0 ms", verdict);
    }

    @Test
    void slowerWithinTheSpreadOrOnlyThePeerIsNotARegression() {
        String verdict = FairBenchmark.verdict(List.of(new Result("drama (12)", "sigla-html", 0.209, 0.004),
                new Result("drama (12)", "peer-html", 0.900, 0.010)), RECORDED);
        assertTrue(verdict.startsWith("No part is slower"), verdict);
    }

    @Test
    void theRecordReadsBackWhatWasWritten(@TempDir Path folder) throws Exception {
        Path csv = Files.writeString(folder.resolve("bench.csv"), FairBenchmark.csv(RECORDED));
        List<Result> read = FairBenchmark.read(csv);
        assertEquals(RECORDED.size(), read.size());
        for (int i = 0; i < read.size(); i++) {
            assertEquals(RECORDED.get(i).part(), read.get(i).part());
            assertEquals(RECORDED.get(i).median(), read.get(i).median(), 0.00001);
            assertEquals(RECORDED.get(i).spread(), read.get(i).spread(), 0.00001);
        }
    }

    @Test
    void recordingSomePartsKeepsTheOthersAsRecorded() {
        List<Result> merged = FairBenchmark.merged(RECORDED, List.of(new Result("letters (1)", "sigla-text", 0.0012, 0.0001)));
        assertEquals(List.of(RECORDED.get(0), RECORDED.get(1), new Result("letters (1)", "sigla-text", 0.0012, 0.0001)), merged);
    }
}
