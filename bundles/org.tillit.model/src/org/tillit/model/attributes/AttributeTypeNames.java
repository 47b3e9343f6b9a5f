package org.tillit.model.attributes;

import org.tillit.model.AttributeType;
import org.tillit.model.l10n.Messages;

/** What an attribute type is called for the user: "category", "kategori". */
public final class AttributeTypeNames {

    private AttributeTypeNames() {
    }

    public static String of(AttributeType type) {
        return switch (type) {
            case NUMBER -> Messages.AttributeType_number;
            case DATE -> Messages.AttributeType_date;
            case BOOLEAN -> Messages.AttributeType_yesNo;
            case CATEGORY -> Messages.AttributeType_category;
            default -> Messages.AttributeType_text;
        };
    }
}
