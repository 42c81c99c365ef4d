package org.ketamineinfo.content.clinical;

import static org.ketamineinfo.content.clinical.WordingRule.banned;
import static org.ketamineinfo.content.clinical.WordingRule.need;
import static org.ketamineinfo.content.clinical.WordingRule.pattern;

import java.util.List;
import java.util.Set;
import org.ketamineinfo.content.clinical.WordingRule.Reach;
import org.ketamineinfo.content.clinical.WordingRule.Unit;

/**
 * The classes of error that the clinical review of 1 December 2026 found and every other check passed.
 * Each rule names the error and its fix, so a writer who brings one back is told where and what to write.
 */
final class ClinicalRules {

    private static final String SUICIDE = "suicid";

    private ClinicalRules() {
    }

    static List<ContentRule> all(Set<String> configuredCrisisNumbers) {
        return List.of(
                // Review M6: a reader who meets the word "suicide" must find every crisis line on that page.
                // The get-help-now page is exempt: it is the list of crisis lines.
                new WordingRule("suicide-needs-crisis-lines", Unit.FILE, List.of(pattern(SUICIDE)),
                        Reach.HELP_CALLOUTS, List.of(need("988", "\\b988\\b"), need("116 123", "116 123"),
                                need("911", "\\b911\\b"), need("999", "\\b999\\b"), need("112", "\\b112\\b"),
                                need("Ireland", "Ireland")),
                        "a page that mentions suicide needs a [!HELP] callout with 988 and 911 (US), Samaritans "
                                + "116 123 (UK and Ireland), 999 (UK) and 112 or 999 (Ireland), and a link to /get-help-now",
                        Set.of(CrisisNumberRule.HELP_PAGE)),
                new WordingRule("suicide-needs-emergency-care-statement", Unit.FILE, List.of(pattern(SUICIDE)),
                        Reach.FILE, List.of(need("that ketamine does not replace emergency care",
                                "(not|no)\\s+(a\\s+)?substitute\\s+for\\s+(emergency|crisis)|(does not|doesn't|do not"
                                        + "|cannot|can't)\\s+(replace|take the place of)\\s+(emergency|crisis)"
                                        + "|not\\s+an?\\s+(emergency|crisis)\\s+treatment")),
                        "say plainly that ketamine is not a crisis treatment and does not replace emergency care "
                                + "or a hospital stay", Set.of()),
                // Review M3: comparison groups respond too; a rate alone overstates the effect.
                new WordingRule("rates-need-their-comparison-group", Unit.BLOCK,
                        List.of(pattern("\\b(respond|responded|response|remission|got well|relapsed|relapse|"
                                        + "cut by at least half|by half or more)\\b"),
                                pattern("\\b\\d+(\\s+to\\s+\\d+)?\\s+in\\s+(every\\s+)?(10|100|1,000)\\b"
                                        + "|\\d+(\\.\\d+)?\\s?%")),
                        Reach.SAME, List.of(need("the comparison group's rate (or that there was none)",
                                "compared with|\\bthan\\b|versus|\\bvs\\b|placebo|dummy|midazolam|\\bECT\\b|"
                                        + "comparison|control group|both groups")),
                        "give the comparison group's rate next to it (\"about 5 in 10 on ketamine, compared with "
                                + "about 3 in 10 on midazolam\"), or say there was no comparison group", Set.of()),
                // Review M5: the short-term drop in suicidal thoughts comes from IV ketamine studies; the
                // esketamine label says its effect on suicidal thoughts has not been shown.
                new WordingRule("suicidal-thoughts-claims-name-the-form", Unit.SENTENCE,
                        List.of(pattern("\\b(ease|eases|eased|reduce|reduces|reduced|lower|lowers|lowered|lessen"
                                + "|relief from|relieve|relieves|fewer)\\b[^.]{0,60}suicidal\\s+(thoughts|thinking|"
                                + "ideation|feelings)")),
                        Reach.SAME, List.of(need("which form (IV ketamine) or that it has not been shown",
                                "\\bIV\\b|into a vein|infusions?\\b|\\bdrip\\b|not been (shown|demonstrated)|did not|"
                                        + "no different|not (shown|proven)")),
                        "say it was IV ketamine in studies; for esketamine, the label says an effect on suicidal "
                                + "thoughts has not been shown", Set.of()),
                // Review C2: NICE covers England; the Scottish Medicines Consortium accepted esketamine.
                new WordingRule("nhs-access-names-the-nation", Unit.SENTENCE,
                        List.of(pattern("\\b(NHS|UK|NICE)\\b"),
                                pattern("not\\s+(be\\s+)?recommend|very limited|hard to get|does(n't| not) offer")),
                        Reach.SAME, List.of(need("the nation", "England|Scotland|Wales|Northern Ireland")),
                        "NHS access differs by nation: in England, NICE did not recommend esketamine; in "
                                + "Scotland, the Scottish Medicines Consortium accepted it", Set.of()),
                // Review C3: the boxed warning's life-threatening item was the one left out.
                new WordingRule("boxed-warning-names-all-five-risks", Unit.BLOCK, List.of(pattern("boxed warning")),
                        Reach.BLOCK, List.of(need("sedation", "sedation|sleepiness"),
                                need("dissociation", "dissociation"),
                                need("respiratory depression", "respiratory depression|slowed breathing"),
                                need("abuse and misuse", "misuse|abuse"), need("suicidal thoughts", "suicidal")),
                        "the boxed warning names sedation, dissociation, respiratory depression, abuse and misuse, "
                                + "and suicidal thoughts and behaviors: list all five", Set.of()),
                // Review M7: the standard antidepressant warning signs, and the label's serious effects.
                new WordingRule("warning-signs-list-is-complete", Unit.HEADING, List.of(pattern("warning signs")),
                        Reach.SECTION, List.of(need("suicidal thoughts", SUICIDE), need("agitation", "agitat"),
                                need("panic attacks", "panic"), need("trouble sleeping", "sleep"),
                                need("irritability or aggression", "irritab|aggress"),
                                need("acting on impulse", "impuls"), need("restlessness", "restless"),
                                need("mania", "mania|manic"), need("hallucinations or losing touch with reality",
                                        "hallucinat|psychos|touch with (what is )?real"),
                                need("chest pain", "chest pain"), need("severe headache", "headache"),
                                need("trouble breathing", "breath"), need("urinary symptoms", "urine"),
                                need("vision changes", "vision|eyesight"), need("seizures", "seizure|fit\\b"),
                                need("fainting", "faint"), need("cravings", "crav")),
                        "list every standard warning sign (antidepressant class list, the label's serious "
                                + "effects and the FDA's psychiatric events)", Set.of()),
                // Review M2: what a clinician must hear before the first dose.
                new WordingRule("tell-your-clinician-list-is-complete", Unit.HEADING,
                        List.of(pattern("what to tell your (clinician|care team|doctor)|your assessment")),
                        Reach.SECTION, List.of(need("blood pressure", "blood pressure"),
                                need("irregular heartbeat", "irregular heartbeat|heart rhythm"),
                                need("heart valve disease or heart failure", "heart valve|heart failure"),
                                need("stroke or bleeding in the brain", "stroke|bleed"),
                                need("psychosis or mania", "psychosis"), need("alcohol or drug use", "alcohol"),
                                need("pregnancy and breastfeeding", "pregnan"), need("liver disease", "liver"),
                                need("kidney problems", "kidney"), need("bladder problems", "bladder"),
                                need("memory problems or dementia", "memory|dementia"),
                                need("frequent falls", "\\bfall"), need("every medicine", "medicine")),
                        "a clinician needs to hear all of these before treatment; add what is missing", Set.of()),
                // Review safety checklist: a page that lists risks carries the no-driving rule.
                new WordingRule("risks-come-with-no-driving-rule", Unit.HEADING,
                        List.of(pattern("\\brisks\\b|side effects")), Reach.FILE,
                        List.of(need("no driving until the next day",
                                "driv[^.]{0,100}(next|following) day|(next|following) day[^.]{0,60}driv")),
                        "where risks are listed, say: do not drive or use machines until the next day, after a "
                                + "restful sleep", Set.of()),
                // Review section 6: a trial's name tells a reader nothing.
                banned("trials-are-described-not-named",
                        "\\b(STAR\\*?D|KetECT|ASPIRE(-?I{1,2})?|SUSTAIN-\\d|TRANSFORM-\\d|KARMA-Dep\\s?\\d?|CADTH|ELEKT-D)\\b",
                        "describe the study instead (who took part, how many, what it compared); keep its name in "
                                + "the sources list"),
                new WordingRule("blood-pressure-readings-are-explained", Unit.BLOCK,
                        List.of(pattern("\\b\\d{2,3}/\\d{2,3}\\b")), Reach.SAME,
                        List.of(need("that it is a blood pressure reading", "blood pressure")),
                        "say it is a blood pressure reading and what it means for the reader, or leave it out",
                        Set.of()),
                // Review C1, minor findings: wording that was wrong, with what is right.
                banned("crisis-text-line-keyword", "check the service's own website|short keyword",
                        "never send a reader in crisis to another site: text HOME to 741741, and any message starts "
                                + "the chat"),
                banned("acute-is-not-sudden", "sudden suicidal",
                        "the label says acute, which means current and serious, not sudden: write \"current, serious "
                                + "suicidal thoughts or actions\""),
                banned("approved-in-1970", "since 1970",
                        "ketamine was approved in 1970; doctors began using it in the 1960s: say \"approved in 1970\""),
                banned("blinding-was-the-design", "did not know which (they|one they) (got|had)",
                        "say the trial was designed so people would not know which they had; many guessed correctly"),
                new WordingRule("memory-finding-belongs-to-one-trial", Unit.SENTENCE,
                        List.of(pattern("memory problems[^.]{0,40}(, and|but) ketamine did not")), Reach.SAME,
                        List.of(need("\"in that trial\"", "in (that|this|one) (trial|study)")),
                        "one trial's memory test is not a general rule: say \"in that trial\"", Set.of()),
                banned("dissociation-range-from-the-label", "6 to 7 in 10 people noticed",
                        "the current label gives 61 to 84 in 100: say \"about 6 to 8 in 10\""),
                banned("iv-monitoring-is-advice-not-a-rule",
                        "staff check your blood pressure, heart rate and oxygen",
                        "no US rule requires this for IV ketamine: say staff should check, and suggest asking"),
                new WordingRule("stand-alone-use-names-the-condition", Unit.SENTENCE,
                        List.of(pattern("on its own"), pattern("2025")), Reach.SAME,
                        List.of(need("that it is for treatment-resistant depression only",
                                "treatment-resistant|\\bTRD\\b")),
                        "esketamine on its own is approved for treatment-resistant depression only; for suicidal "
                                + "thoughts it is still given with an antidepressant", Set.of()),
                new CrisisNumberRule(configuredCrisisNumbers),
                new SourceYearRule());
    }
}
