package org.focalbot.bot.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    @Test
    void anOverConfidentModelIsSoftenedByATemperatureAboveOne() {
        // Right 70% of the time but always 99% sure: the fitted temperature must spread the mass out.
        List<double[]> predictions = new ArrayList<>();
        int[] truth = new int[100];
        for (int i = 0; i < 100; i++) {
            predictions.add(new double[] {0.99, 0.005, 0.005});
            truth[i] = i < 70 ? 0 : 1;
        }
        Calibration c = Calibration.fit(predictions, truth, -1);

        assertTrue(c.temperature() > 1.5, "temperature " + c.temperature());
        double calibratedTop = c.apply(predictions.get(0))[0];
        assertTrue(Math.abs(calibratedTop - 0.70) < 0.1, "calibrated confidence " + calibratedTop);
    }

    @Test
    void theThresholdSendsUnsureGuessesToOutOfScopeWhenThatIsRightOnValidation() {
        // In-scope items are predicted confidently; out-of-scope items spread thinly over in-scope labels.
        List<double[]> predictions = new ArrayList<>();
        List<Integer> truth = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            predictions.add(new double[] {0.9, 0.05, 0.05});
            truth.add(0);
            predictions.add(new double[] {0.4, 0.35, 0.25});
            truth.add(2);
        }
        Calibration c = Calibration.fit(predictions, truth.stream().mapToInt(Integer::intValue).toArray(), 2);
        double[] confident = c.apply(new double[] {0.9, 0.05, 0.05});
        double[] unsure = c.apply(new double[] {0.4, 0.35, 0.25});

        assertEquals(0, Calibration.decide(confident, c.threshold(), 2));
        assertEquals(2, Calibration.decide(unsure, c.threshold(), 2));
    }

    @Test
    void withoutAnOutOfScopeLabelThereIsNoThreshold() {
        Calibration c = Calibration.fit(List.<double[]>of(new double[] {0.6, 0.4}), new int[] {0}, -1);
        assertEquals(0.0, c.threshold());
    }
}
