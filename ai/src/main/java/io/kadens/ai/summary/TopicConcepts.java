package io.kadens.ai.summary;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small bilingual thesaurus of what workplace feedback is about: each concept lists English and
 * Swedish word stems ("handover", "överlämning", "notes", "anteckning"). Two sentences that name the
 * same concept in different words ("the failover", "felsökningen", "incidenten") meet on it, which the
 * English-only sentence model cannot do for Swedish and the topic words' letter grams cannot do for
 * synonyms. Concepts are kept narrow ("estimates" and "deadlines" are two concepts) because a broad one
 * merges distinct themes. A stem matches a word it begins, or, from five letters, a word it ends or
 * sits inside (Swedish compounds: "statusrapporter", "kodgranskningar").
 */
final class TopicConcepts {

    private static final Map<String, List<String>> CONCEPTS = Map.ofEntries(
            Map.entry("meeting", List.of("meeting", "agenda", "sync", "stand-up", "standup", "retro", "möte", "mötet",
                    "möten", "mötena", "dagordning", "avstämningsmöte")),
            Map.entry("documentation", List.of("document", "docs", "wiki", "readme", "written down", "manual",
                    "instruction", "dokument", "beskrivning", "nedskriv", "instruktion")),
            Map.entry("handover", List.of("handover", "hand-off", "handoff", "notes", "anteckning", "överlämning",
                    "lämna över", "tog över", "ta över")),
            Map.entry("incident", List.of("incident", "outage", "failover", "downtime", "on-call", "post-mortem",
                    "postmortem", "root cause", "avbrott", "driftstörning", "driftstopp", "larm", "felsök", "jour")),
            Map.entry("bug", List.of("bug", "defect", "race condition", "crash", "bugg", "buggar", "felet", "minnesläck",
                    "krasch")),
            Map.entry("estimate", List.of("estimat", "estimate", "guess", "uppskattning", "uppskatta", "bedömning")),
            Map.entry("deadline", List.of("deadline", "due date", "on time", "slip", "delay", "late", "tidsplan",
                    "leveransdatum", "försen", "i tid", "sent")),
            Map.entry("schedule", List.of("rota", "roster", "schedule", "shift", "schema", "skift", "bemanning")),
            Map.entry("budget", List.of("budget", "cost", "spend", "invoice", "money", "expense", "kostnad", "utgift",
                    "faktur", "pengar")),
            Map.entry("customer", List.of("customer", "client", "kund", "kunden", "kunder")),
            Map.entry("presentation", List.of("presentation", "slides", "slide", "deck", "demo", "talk", "pitch",
                    "bilder", "dragning", "föredrag")),
            Map.entry("report", List.of("report", "status", "update", "rapport", "uppdatering", "lägesbild")),
            Map.entry("mentoring", List.of("mentor", "coach", "junior", "onboarding", "newcomer", "new hire",
                    "pairing", "pair", "walkthrough", "nyanställ", "introduktion", "handled", "lärling", "praktikant")),
            Map.entry("review", List.of("review", "pull request", "granskning", "granska", "kodgransk")),
            Map.entry("test", List.of("test", "regression", "automat", "testfall", "testning")),
            Map.entry("announcement", List.of("announce", "notice", "notif", "heads-up", "inform", "warn", "meddel",
                    "informer", "förvarn", "berätta", "aviser")),
            Map.entry("priority", List.of("priorit", "focus", "initiative", "urgent", "fokus", "brådsk", "viktigast")),
            Map.entry("decision", List.of("decision", "decide", "beslut", "besluta")),
            Map.entry("recruitment", List.of("recruit", "hiring", "hire", "candidate", "job ad", "rekryter", "kandidat",
                    "anställning", "sökande")),
            Map.entry("conflict", List.of("conflict", "disagree", "argument", "tension", "dispute", "konflikt",
                    "bråk", "osämja", "oenig")),
            Map.entry("delegation", List.of("delegat", "ownership", "hand over tasks", "delegera", "ansvar",
                    "själv hela")),
            Map.entry("safety", List.of("safety", "safe", "accident", "injur", "hazard", "säkerhet", "skydd", "olyck",
                    "skada", "risker")),
            Map.entry("reply", List.of("email", "e-mail", "mail", "reply", "replies", "respond", "response", "answer",
                    "inbox", "mejl", "svar", "svara", "svarar")),
            Map.entry("research", List.of("user research", "usability", "interview", "user test", "users",
                    "användar", "intervju", "användbarhet")),
            Map.entry("design", List.of("design", "mock-up", "mockup", "prototype", "sketch", "wireframe", "layout",
                    "prototyp", "skiss", "skisser")),
            Map.entry("speaking", List.of("concern", "objection", "doubt", "speak up", "voice", "quiet", "silent",
                    "invändning", "tyst", "säga till", "säg till", "säga ifrån", "tvivel")),
            Map.entry("data", List.of("data", "dashboard", "analys", "analysis", "numbers", "figures", "chart",
                    "metric", "siffr", "diagram", "nyckeltal")),
            Map.entry("sales", List.of("deal", "pipeline", "crm", "opportunit", "proposal", "quote", "offert",
                    "affär", "avtal", "förnyelse", "renewal")),
            Map.entry("knowledge", List.of("knowledge", "know-how", "expertise", "kunskap", "kunnande")),
            Map.entry("goal", List.of("goal", "target", "objective", "okr", "mål", "målen", "målet", "kvartalsmål")),
            Map.entry("recognition", List.of("praise", "recogni", "credit", "beröm", "erkänn", "uppmärksamma")),
            Map.entry("accounting", List.of("month-end", "close", "closing", "books", "reconcil", "bokslut",
                    "avstämning", "redovisning", "moms", "reskontra")),
            Map.entry("ticket", List.of("ticket", "case", "escalat", "queue", "ärende", "eskaler", "kö")),
            Map.entry("process", List.of("process", "routine", "checklist", "procedure", "rutin", "checklista",
                    "arbetssätt")),
            Map.entry("policy", List.of("policy", "policies", "guideline", "riktlinje", "policyn")),
            Map.entry("planning", List.of("planning", "sprint", "roadmap", "planering", "planen", "sprintplanering",
                    "färdplan")));

    private TopicConcepts() {
    }

    /** The concepts the sentence names, in the thesaurus' terms. */
    static Set<String> concepts(String sentence) {
        List<String> words = TopicWords.tokens(sentence);
        String lower = " " + String.join(" ", words) + " ";
        Set<String> found = new LinkedHashSet<>();
        for (Map.Entry<String, List<String>> concept : CONCEPTS.entrySet()) {
            for (String stem : concept.getValue()) {
                if (matches(stem, words, lower)) {
                    found.add(concept.getKey());
                    break;
                }
            }
        }
        return found;
    }

    private static boolean matches(String stem, List<String> words, String lower) {
        if (stem.contains(" ")) {
            return lower.contains(" " + stem);
        }
        for (String word : words) {
            if (word.startsWith(stem) && (stem.length() >= 4 || word.length() <= stem.length() + 2)) {
                return true;
            }
            if (stem.length() >= 5 && word.length() > stem.length() && word.contains(stem)) {
                return true;
            }
        }
        return false;
    }
}
