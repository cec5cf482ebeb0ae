package dev.sitrep.io.print;

import dev.sitrep.io.print.PrintDocument.Column;
import dev.sitrep.io.print.PrintDocument.Row;
import dev.sitrep.io.print.PrintDocument.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrintDocumentTest {

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, Double.NaN, Double.POSITIVE_INFINITY})
    void aColumnsWeightIsAPositiveNumber(double weight) {
        assertThatThrownBy(() -> Column.left("Site", weight))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Site'");
    }

    @Test
    void aTableHasColumnsAndEveryRowACellForEach() {
        assertThatThrownBy(() -> new Table(List.of(), List.of(), ""))
                .hasMessageContaining("at least one column");
        assertThatThrownBy(() -> new Table(List.of(Column.left("Site", 1)), List.of(Row.of("Kiel", "extra")), ""))
                .hasMessageContaining("2 cells for 1 columns");
    }
}
