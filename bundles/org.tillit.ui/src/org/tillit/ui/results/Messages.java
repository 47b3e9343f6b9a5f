package org.tillit.ui.results;

import org.eclipse.osgi.util.NLS;

/** The strings of the results views (retrieval, search) added with their background work and code picker. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.tillit.ui.results.messages";

    public static String Work_cancelled;
    public static String Retrieval_job;
    public static String Retrieval_retrieving;
    public static String Retrieval_failed;
    public static String Retrieval_pickCode;
    public static String Retrieval_pickCodeTooltip;
    public static String Retrieval_pickTitle;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
