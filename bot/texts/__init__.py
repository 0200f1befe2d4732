"""All user-facing text and keyboards live in this package (messages, answers, nudges)."""
