package org.tillit.ui.exchange;

import org.eclipse.osgi.util.NLS;

/** The texts of exchange with other programs (REFI-QDA): dialogs, job, what was written, in English and Swedish. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.tillit.ui.exchange.messages";

    public static String Export_title;
    public static String Export_about;
    public static String Export_project;
    public static String Export_codebook;
    public static String Export_branch;
    public static String Export_file;
    public static String Export_browse;
    public static String Export_export;
    public static String Export_replaceTitle;
    public static String Export_replace;
    public static String Job_name;
    public static String Job_done;
    public static String Done_project;
    public static String Done_codebook;
    public static String Done_branch;
    public static String Import_title;
    public static String Import_intoThis;
    public static String Import_asNew;
    public static String Import_newFolderHint;
    public static String Import_newFolderMissing;
    public static String Import_newFolderNotEmpty;
    public static String Imported_newProjectTitle;
    public static String Imported_newProject;
    public static String Imported_newProjectAll;
    public static String Import_about;
    public static String Import_read;
    public static String Import_choose;
    public static String Import_reading;
    public static String Import_import;
    public static String Import_failed;
    public static String Imported_title;
    public static String Imported_job;
    public static String Imported_message;
    public static String Imported_failedTitle;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
