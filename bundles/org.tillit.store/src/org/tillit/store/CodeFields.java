package org.tillit.store;

import org.tillit.model.Code;

/** The editable fields of a code, as one value: what a change command sets and restores. */
public record CodeFields(String labelSv, String labelEn, String definitionSv, String definitionEn, String color,
        boolean codable, String memo) {

    public static CodeFields of(Code code) {
        return new CodeFields(code.getLabelSv(), code.getLabelEn(), code.getDefinitionSv(), code.getDefinitionEn(),
                code.getColor(), code.isCodable(), code.getMemo());
    }

    /** Sets the fields on a code; the store calls it inside its transaction. */
    public void applyTo(Code code) {
        code.setLabelSv(labelSv);
        code.setLabelEn(labelEn);
        code.setDefinitionSv(definitionSv);
        code.setDefinitionEn(definitionEn);
        code.setColor(color);
        code.setCodable(codable);
        code.setMemo(memo);
    }

    public CodeFields withLabels(String sv, String en) {
        return new CodeFields(sv, en, definitionSv, definitionEn, color, codable, memo);
    }

    public CodeFields withDefinitions(String sv, String en) {
        return new CodeFields(labelSv, labelEn, sv, en, color, codable, memo);
    }

    public CodeFields withColor(String newColor) {
        return new CodeFields(labelSv, labelEn, definitionSv, definitionEn, newColor, codable, memo);
    }

    public CodeFields withMemo(String newMemo) {
        return new CodeFields(labelSv, labelEn, definitionSv, definitionEn, color, codable, newMemo);
    }
}
