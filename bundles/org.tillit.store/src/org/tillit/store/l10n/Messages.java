package org.tillit.store.l10n;

import org.eclipse.osgi.util.NLS;

/**
 * The store's messages to the user (why a project cannot be opened, why a change failed). English
 * in messages.properties, Swedish in messages_sv.properties; Equinox picks the file of the default
 * locale when the class loads.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.tillit.store.l10n.messages";

    public static String OriginalUnreadable;
    public static String OriginalNotCopied;
    public static String TextUnreadable;
    public static String DocumentGone;
    public static String OneDocument;
    public static String Storing;
    public static String CannotStore;
    public static String Restoring;
    public static String Removing;
    public static String AddingCode;
    public static String SavingCode;
    public static String MoveIntoItself;
    public static String MovingCode;
    public static String DeletingCode;
    public static String CodeHasCodings;
    public static String MergingCode;
    public static String MergeNotPossible;
    public static String SavingSet;
    public static String CodingDocument;
    public static String RangeOutside;
    public static String Resizing;
    public static String Recoding;
    public static String RemovingCoding;
    public static String AddingCoder;
    public static String RemovingCoder;
    public static String AddingSet;
    public static String RemovingSet;
    public static String AddingCase;
    public static String RemovingCase;
    public static String ChangingCase;
    public static String ChangingAttributes;
    public static String SavingMemo;
    public static String RenamingProject;
    public static String NoProject;
    public static String OpenForWorkFirst;
    public static String CannotRead;
    public static String NotAFolder;
    public static String AlreadyOpen;
    public static String IsAFile;
    public static String NotEmpty;
    public static String ProjectThere;
    public static String FolderUnreadable;
    public static String NewerTillit;
    public static String CannotOpen;
    public static String CannotCreate;
    public static String NoBackup;
    public static String MigrationUndone;
    public static String MigrationNotUndone;
    public static String TooManyLines;
    public static String ReadOnly;
    public static String PartFailed;
    public static String Failed;
    public static String Broken;
    public static String NotInProject;
    public static String EditingText;
    public static String EditOutside;
    public static String SeveralDocuments;
    public static String StoringCodings;
    public static String RemovingCodings;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
