package org.tillit.query.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tillit.model.AttributeDefinition;
import org.tillit.model.AttributeType;
import org.tillit.model.TillitFactory;
import org.tillit.query.AttributeBands;
import org.tillit.query.Comparison;
import org.tillit.query.ComparisonMatrix;
import org.tillit.query.ComparisonSpec;
import org.tillit.query.Grouping;
import org.tillit.store.AttributeChanges;
import org.tillit.store.AttributeChanges.Assignment;

/** Number and date attributes compared in bands of equal width: "2018–2019", empty bands between kept. */
class AttributeBandsTest extends StudyTestCase {

    @Test
    void yearsAsNumbersInBandsOfTwoAreAColumnPerBand() {
        ComparisonMatrix matrix = Comparison.compute(study.store,
                ComparisonSpec.of(Grouping.byAttributeBands(study.year, AttributeBands.of(study.year, 2))));
        assertEquals(List.of(new ComparisonMatrix.Column("2018\u20132019", 1, 1), new ComparisonMatrix.Column("2020\u20132021", 2, 2),
                new ComparisonMatrix.Column("2022\u20132023", 2, 1)), matrix.columns(),
                "2019 | 2020, 2021 | the employee's two interviews of 2022, one case");
    }

    @Test
    void aBandOfOneIsEachValueAndTheGapsBetweenValuesAreColumnsToo() {
        ComparisonMatrix matrix = Comparison.compute(study.store,
                ComparisonSpec.of(Grouping.byAttributeBands(study.year, AttributeBands.of(study.year, 1))));
        assertEquals(List.of("2019", "2020", "2021", "2022"), labels(matrix));
    }

    @Test
    void datesFallIntoBandsOfYearsAndAnEmptyBandBetweenStays() throws Exception {
        AttributeDefinition interviewed = TillitFactory.eINSTANCE.createAttributeDefinition();
        interviewed.setGuid(UUID.randomUUID().toString());
        interviewed.setNameSv("Intervjudatum");
        interviewed.setNameEn("Interview date");
        interviewed.setType(AttributeType.DATE);
        study.store.changeAttributes(new AttributeChanges(List.of(interviewed),
                List.of(new Assignment(study.chef1, interviewed, "2019-03-01"),
                        new Assignment(study.chef2, interviewed, "2023-11-30T10:00:00")), List.of()));
        ComparisonMatrix matrix = Comparison.compute(study.store,
                ComparisonSpec.of(Grouping.byAttributeBands(interviewed, AttributeBands.of(interviewed, 2))));
        assertEquals(List.of("2018\u20132019", "2020\u20132021", "2022\u20132023"), labels(matrix));
        assertEquals(0, matrix.columns().get(1).documents(), "no interview in 2020 or 2021");
    }

    @Test
    void onlyNumbersAndDatesFallIntoBands() {
        assertThrows(IllegalArgumentException.class, () -> AttributeBands.of(study.roll, 2));
        assertThrows(IllegalArgumentException.class, () -> AttributeBands.of(study.year, 0));
    }

    private static List<String> labels(ComparisonMatrix matrix) {
        return matrix.columns().stream().map(ComparisonMatrix.Column::label).toList();
    }
}
