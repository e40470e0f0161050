#!/usr/bin/env python3
"""Top frames of a JFR recording: self and inclusive share of the execution samples whose stack passes through
code matching FILTER (default: org.triagedesk). Usage:
    jfr print --stack-depth 400 --events jdk.ExecutionSample rec.jfr > rec.txt && bench/jfr-top.py rec.txt [TOP] [FILTER]
Record with -XX:FlightRecorderOptions:stackdepth=512 -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints
-XX:StartFlightRecording=filename=rec.jfr,settings=bench/jfr-1ms.jfc (1 ms sampling).
Without --stack-depth, `jfr print` keeps only the top 5 frames of each stack, and the inclusive shares of
anything deeper (the application's own frames under Payara's request path) come out near zero; without the
recording's stackdepth option JFR itself cuts stacks at 64 frames."""
import collections
import re
import sys

text = open(sys.argv[1]).read()
top_n = int(sys.argv[2]) if len(sys.argv) > 2 else 25
keep = sys.argv[3] if len(sys.argv) > 3 else "org.triagedesk"
self_count, inclusive, samples = collections.Counter(), collections.Counter(), 0
for event in text.split("jdk.ExecutionSample")[1:]:
    stack = re.search(r"stackTrace = \[(.*?)\n\s*\]", event, re.S)
    if not stack:
        continue
    frames = [re.sub(r"\s+line:.*", "", line.strip()) for line in stack.group(1).strip().split("\n")
              if line.strip() and line.strip() != "..."]
    if not any(keep in frame for frame in frames):
        continue
    samples += 1
    self_count[frames[0]] += 1
    for frame in set(frames):
        inclusive[frame] += 1
print(f"samples: {samples}")
print("--- self")
for frame, count in self_count.most_common(top_n):
    print(f"{100 * count / samples:5.1f}% {frame}")
print(f"--- inclusive ({keep})")
for frame, count in inclusive.most_common(top_n * 3):
    if keep in frame and "jmh_generated" not in frame:
        print(f"{100 * count / samples:5.1f}% {frame}")
