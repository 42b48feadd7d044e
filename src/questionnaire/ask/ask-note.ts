import type { AnswersFile } from "../answers-schema.js";
import type { Prompter } from "./prompter.js";

/** Asks for an optional workshop note on a question or a pillar (`id`); an empty answer removes it. */
export async function askNote(prompt: Prompter, answers: AnswersFile, id: string, label: string): Promise<void> {
  const note = await prompt.text(`${label} (optional; Enter to skip)`, { initialValue: answers.notes?.[id] ?? "" });
  const notes = { ...answers.notes };
  if (note.trim()) notes[id] = note.trim();
  else delete notes[id];
  answers.notes = Object.keys(notes).length ? notes : undefined;
}
