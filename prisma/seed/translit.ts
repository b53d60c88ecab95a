// Russian names in Latin letters for the English demo ("Зоя Ефимова" → "Zoya Efimova"): the same
// people as before (the random stream is untouched), written the way an English-speaking team would.
const MAP: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "yo", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m", н: "n", о: "o",
  п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
};

export function latin(text: string): string {
  return [...text]
    .map((ch) => {
      const lower = ch.toLowerCase();
      const out = MAP[lower];
      if (out === undefined) return ch;
      return ch === lower ? out : out.charAt(0).toUpperCase() + out.slice(1);
    })
    .join("");
}
