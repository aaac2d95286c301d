package org.zjcs.selection.domain.method;

/** The scored method's weights in whole percent: price, credit, qualification; each 0..100, adding up to 100. */
public record Weights(int price, int credit, int qualification) {

    public Weights {
        if (price < 0 || credit < 0 || qualification < 0 || price + credit + qualification != 100) {
            throw new IllegalArgumentException("Weights must be whole percentages adding up to 100: " + price + "/"
                    + credit + "/" + qualification);
        }
    }
}
