package org.tillit.commands.l10n;

import org.eclipse.osgi.util.NLS;

/**
 * The names of changes as the user sees them (Edit > Undo "Apply code 'Stöd'"). English in
 * messages.properties, Swedish in messages_sv.properties; Equinox picks the file of the default
 * locale when the class loads.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.tillit.commands.l10n.messages";

    public static String AddCode;
    public static String ApplyCode;
    public static String Autocode;
    public static String AutocodeGroup;
    public static String RenameCode;
    public static String RecolourCode;
    public static String RedefineCode;
    public static String EditCodeMemo;
    public static String DeleteCode;
    public static String DeleteDocument;
    public static String EditMemo;
    public static String ImportDocument;
    public static String ImportDocuments;
    public static String ImportRunning;
    public static String MergeCodes;
    public static String MoveCode;
    public static String RemoveCoding;
    public static String ResizeCoding;
    public static String ChangeCodingCode;
    public static String InVivoCode;
    public static String EditText;
    public static String ReplaceAll;
    public static String Undo;
    public static String Redo;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
