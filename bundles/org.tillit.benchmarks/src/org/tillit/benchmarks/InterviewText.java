package org.tillit.benchmarks;

import java.util.Random;

/**
 * Plausible Swedish interview transcripts about trust-based management: turns of an interviewer
 * (I) and a respondent (IP), built from phrases at random. All characters are in the Basic
 * Multilingual Plane, so a text's length in code points equals its length in chars.
 */
public final class InterviewText {

    private static final String[] QUESTIONS = {
        "Kan du berätta lite om din roll och hur länge du har arbetat här?",
        "Hur upplever du tilliten mellan dig och din närmaste chef?",
        "Vad betyder tillitsbaserad styrning och ledning för dig i vardagen?",
        "Hur ser ditt handlingsutrymme ut när du möter brukarna?",
        "Kan du ge ett exempel på när uppföljningen kändes meningsfull?",
        "Vilket stöd får du när det blir svårt i arbetet?",
        "Hur har förändringsarbetet förankrats på din arbetsplats?",
        "Vad tycker du om de mål och indikatorer ni följs upp med?",
        "Hur samverkar ni med andra enheter och förvaltningar?",
        "Finns det något som hindrar dig från att göra ett bra arbete?",
        "Hur fungerar dialogen med politikerna om verksamhetens behov?",
        "Vad skulle du vilja ändra på om du fick bestämma?",
        "Hur påverkas ni av resurserna och bemanningen just nu?",
        "Känner du att dina kunskaper tas tillvara?",
        "Hur pratar ni om kvalitet i arbetsgruppen?",
    };

    private static final String[] OPENINGS = {
        "Ja, alltså, ", "Hmm, det är en bra fråga. ", "Jag tänker att ", "Ärligt talat ", "Det beror lite på, men ",
        "Om jag ska vara konkret så ", "Vi pratade om det på förra APT:n, och ", "Förut var det så att ",
        "Nja, ", "Jo, ", "Det är väl så att ", "För min del ",
    };

    private static final String[] SUBJECTS = {
        "min chef", "vi i arbetsgruppen", "ledningen", "förvaltningen", "politikerna", "kollegorna",
        "brukarna", "verksamheten", "enhetschefen", "HR", "vi som jobbar närmast medborgarna", "organisationen",
    };

    private static final String[] VERBS = {
        "litar på", "ifrågasätter", "stöttar", "följer upp", "styr", "pratar med", "lyssnar på",
        "har förtroende för", "kontrollerar", "samarbetar med", "ger utrymme åt", "bollar idéer med",
    };

    private static final String[] OBJECTS = {
        "det vi gör", "våra bedömningar", "schemat", "dokumentationen", "hela processen", "de nya rutinerna",
        "brukarnas behov", "budgeten", "målen för året", "kvalitetsarbetet", "den dagliga planeringen",
        "de svåra ärendena", "introduktionen av nyanställda", "samverkan med skolan",
    };

    private static final String[] CLAUSES = {
        "men det tar tid innan man märker någon skillnad", "och det känns faktiskt bra", "fast inte alltid",
        "vilket gör att man vågar fatta beslut själv", "och då blir det lättare att säga ifrån",
        "men dokumentationskraven är fortfarande höga", "så länge siffrorna ser bra ut",
        "och det har blivit bättre det senaste året", "men vi saknar resurser för att hinna",
        "och jag tror att det handlar om respekt", "men det sitter mycket i kulturen",
        "eftersom vi har en chef som finns på plats", "trots att ingen riktigt har sagt det rakt ut",
        "och det märks på stämningen i gruppen", "men ibland känns det mest som ord på papper",
    };

    private static final String[] CLOSINGS = {
        " Så är det nog.", " Det är min bild i alla fall.", " Om du förstår vad jag menar.",
        " Det kan jag stå för.", " Mer än så är det inte.", " Vi får se hur det blir framåt.", "",
    };

    private final Random random;

    public InterviewText(Random random) {
        this.random = random;
    }

    /** A transcript of exactly {@code length} characters (code points). */
    public String transcript(int number, String role, int length) {
        StringBuilder text = new StringBuilder(length + 600);
        text.append("Intervju ").append(number).append(", ").append(role.toLowerCase(java.util.Locale.ROOT))
                .append(".\n\n");
        while (text.length() < length) {
            text.append("I: ").append(pick(QUESTIONS)).append('\n');
            text.append("IP: ").append(pick(OPENINGS));
            int sentences = 2 + random.nextInt(5);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    text.append(' ');
                }
                String sentence = pick(SUBJECTS) + " " + pick(VERBS) + " " + pick(OBJECTS) + ", " + pick(CLAUSES) + ".";
                text.append(s == 0 ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1));
            }
            text.append(pick(CLOSINGS)).append("\n\n");
        }
        text.setLength(length);
        return text.toString();
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
