package org.tillit.ui.search;

import org.eclipse.osgi.util.NLS;

/** The Text search view's and the autocode dialogs' strings; English in messages.properties, Swedish in messages_sv.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.tillit.ui.search.messages";

    public static String Search_prompt;
    public static String Search_modePhrase;
    public static String Search_modeWords;
    public static String Search_modeRegex;
    public static String Search_wholeWord;
    public static String Search_matchCase;
    public static String Search_search;
    public static String Search_searching;
    public static String Search_noHits;
    public static String Search_count;
    public static String Search_countOneDocument;
    public static String Search_countOne;
    public static String Search_in;
    public static String Search_inAll;
    public static String Search_inSelected;
    public static String Search_inCondition;
    public static String Search_wherePrompt;
    public static String Search_noneSelected;
    public static String Search_job;
    public static String Search_autocode;
    public static String Search_autocodeTooltip;
    public static String Search_autocodeSpeaker;
    public static String Search_autocodeSpeakerTooltip;
    public static String Search_autocoded;
    public static String Search_autocodedOne;
    public static String Search_autocodedNewCode;
    public static String Search_document;
    public static String Search_case;
    public static String Search_line;
    public static String Search_speaker;
    public static String Search_before;
    public static String Search_hit;
    public static String Search_after;
    public static String Autocode_title;
    public static String Autocode_allHits;
    public static String Autocode_selectedHits;
    public static String Autocode_extendTo;
    public static String Autocode_extendNone;
    public static String Autocode_extendSentence;
    public static String Autocode_extendParagraph;
    public static String Autocode_extendTurn;
    public static String Autocode_codeWith;
    public static String Autocode_existingCode;
    public static String Autocode_newCode;
    public static String Autocode_newCodePrompt;
    public static String Autocode_chooseCode;
    public static String Autocode_typePath;
    public static String Autocode_group;
    public static String Autocode_nothing;
    public static String Autocode_createsPath;
    public static String Autocode_preview;
    public static String Autocode_previewOne;
    public static String Autocode_ok;
    public static String AutocodeSpeaker_title;
    public static String AutocodeSpeaker_speaker;
    public static String AutocodeSpeaker_turns;
    public static String AutocodeSpeaker_preview;
    public static String AutocodeSpeaker_previewOne;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
