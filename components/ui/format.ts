import { answerInWords } from "@/lib/answers/questions";
import { regionName } from "@/lib/answers/values";
import type { Flip } from "@/lib/scoring";

/** The alternative answer of a flip in words, with "or less"/"or more" when the whole range flips. */
export function flipValueWords(flip: Flip): string {
  const words =
    flip.param === "primary" || flip.param === "secondary"
      ? regionName(String(flip.value))
      : answerInWords(flip.param, flip.value as never);
  return flip.range ? `${words} ${flip.range}` : words;
}
