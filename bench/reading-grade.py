#!/usr/bin/env python3
# Flesch-Kincaid grade of the kiosk's English sentences (i18n.js en bundle), syllables by a vowel-group
# heuristic with a silent-e rule. Prints the grade of all texts together and the hardest sentences.
import re, sys
src = open(sys.argv[1]).read()
en = src[src.index("en: {"):src.index("es: {")]
texts = re.findall(r'"((?:[^"\\]|\\.)*)"|`([^`]*)`', en)
texts = [a or b for a, b in texts]
texts = [re.sub(r"\$\{[^}]*\}", "3", t) for t in texts]
# Labels of one or two words (Yes, Back, Day) would make the figure look easier than the sentences are.
texts = [t for t in texts if len(re.findall(r"[A-Za-z']+", t)) >= 5]
def syl(w):
    w = w.lower()
    w = re.sub(r"[^a-z]", "", w)
    if not w: return 0
    if len(w) <= 3: return 1
    w2 = re.sub(r"(?:[^laeiouy]es|ed|[^laeiouy]e)$", "", w)
    w2 = re.sub(r"^y", "", w2)
    n = len(re.findall(r"[aeiouy]{1,2}", w2))
    return max(1, n)
def grade(text):
    sents = [s for s in re.split(r"[.!?]+", text) if re.search(r"[A-Za-z]", s)]
    words = re.findall(r"[A-Za-z']+", text)
    if not words: return None
    s = sum(syl(w) for w in words)
    return 0.39 * len(words) / max(1, len(sents)) + 11.8 * s / len(words) - 15.59, len(words), len(sents), s
allt = " ".join(t if t.rstrip().endswith((".", "?", "!")) else t + "." for t in texts)
g, w, n, s = grade(allt)
print(f"all English kiosk texts: {len(texts)} texts, {w} words, {n} sentences, {s} syllables: FK grade {g:.1f}")
scored = sorted(((grade(t)[0], t) for t in texts if len(t.split()) > 6), reverse=True)[:6]
for gg, t in scored: print(f"  {gg:5.1f}  {t}")

