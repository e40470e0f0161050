#!/usr/bin/env python3
"""Crash durability of intake submission: started by bench/crash.sh, which prepares the database.

Starts triage-desk.jar (demo mode, loopback), lets several kiosk clients submit intakes with Idempotency-Key
headers, kill -9s the server at a random moment, restarts it, retries every submission that got no answer
with its own key and body, and repeats. At the end every submission that was ever acknowledged (201, or 200
on a retry) must be stored exactly once and intact; every one must be acknowledged in the end.

Standard library only. Usage: crash.py JAR PORT WORKDIR CYCLES CLIENTS [DEADLINE_SECONDS]
(the database comes from the environment: TRIAGE_DB_URL, or TRIAGE_DATA_DIR for the embedded H2).
"""
import atexit
import base64
import http.client
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
import uuid

JAR, PORT, WORKDIR = sys.argv[1], int(sys.argv[2]), sys.argv[3]
CYCLES, CLIENTS = int(sys.argv[4]), int(sys.argv[5])
DEADLINE = time.monotonic() + (int(sys.argv[6]) if len(sys.argv) > 6 else 900)
KIOSK = {"Authorization": "Bearer demo-kiosk-token", "Content-Type": "application/json"}
NURSE = {"Authorization": "Basic " + base64.b64encode(b"nurse:demo-nurse").decode()}

# Three kinds of patient, one of them an emergency (it raises the alert), so that more than one path runs.
ANSWER_SETS = [
    {"pain_location": ["between_shoulder_blades"], "pain_quality": ["burning"],
     "started_after": ["desk_phone_or_driving"], "mechanical": True},
    {"age": 58, "sweating_clammy": True},
    {"pain_location": ["between_shoulder_blades"], "pain_quality": ["burning"], "age": 34},
]


def letters(n):
    """A number as letters only: names accept no digits."""
    out = ""
    while True:
        out = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[n % 26] + out
        n //= 26
        if n == 0:
            return out


class Submission:
    def __init__(self, number):
        self.key = str(uuid.uuid4())
        self.family = "Crash" + letters(number).lower()
        rnd = random.Random(number)
        self.body = {
            "patient": {"givenName": "Dana", "familyName": self.family,
                        "birthDate": "%d-%02d-%02d" % (rnd.randint(1930, 2005), rnd.randint(1, 12), rnd.randint(1, 28)),
                        "language": rnd.choice(["en", "es"]),
                        "phone": "+1 555 %04d" % rnd.randint(0, 9999)},
            "protocol": "upper-back-pain",
            "answers": ANSWER_SETS[number % len(ANSWER_SETS)],
        }
        self.raw = json.dumps(self.body).encode()
        self.intake_id = None  # set when acknowledged
        self.statuses = []


class Server:
    def __init__(self):
        self.process = None
        self.starts = 0

    def start(self):
        self.starts += 1
        log = open(os.path.join(WORKDIR, "server-%02d.log" % self.starts), "wb")
        env = dict(os.environ, TRIAGE_DEMO="true")
        self.process = subprocess.Popen(
            ["java", "-Xmx512m", "-Djava.io.tmpdir=" + WORKDIR, "-jar", JAR, "--port", str(PORT),
             "--rootDir", os.path.join(WORKDIR, "payara-root-%02d" % self.starts)],
            stdout=log, stderr=subprocess.STDOUT, env=env)
        atexit.register(self.process.kill)  # never leave a server behind, whatever happens here
        started = time.monotonic()
        while True:
            if self.process.poll() is not None:
                sys.exit("server exited during start-up, see " + log.name)
            if time.monotonic() - started > 400:
                sys.exit("server not ready in time, see " + log.name)
            try:
                # Ready: the database check is UP and the application itself answers (health is the server's).
                status, _, _ = request("GET", "/health/ready", None, {}, timeout=2)
                if status == 200 and request("GET", "/api/protocols", None, {}, timeout=2)[0] == 200:
                    return time.monotonic() - started
            except OSError:
                pass
            time.sleep(0.25)

    def kill9(self):
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(60)
        except subprocess.TimeoutExpired:
            self.kill9()


def request(method, path, body, headers, timeout=30, connection=None):
    own = connection is None
    connection = connection or http.client.HTTPConnection("127.0.0.1", PORT, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        return response.status, dict((k.lower(), v) for k, v in response.getheaders()), response.read()
    finally:
        if own:
            connection.close()


def submit(submission, connection=None):
    """True when acknowledged. A connection error or a 5xx leaves the submission unacknowledged."""
    headers = dict(KIOSK, **{"Idempotency-Key": submission.key})
    status, _, body = request("POST", "/api/intakes", submission.raw, headers, connection=connection)
    submission.statuses.append(status)
    if status in (200, 201):
        intake_id = json.loads(body)["id"]
        if submission.intake_id not in (None, intake_id):
            raise AssertionError("key %s answered with intake %s, then %s" % (submission.key, submission.intake_id, intake_id))
        submission.intake_id = intake_id
        return True
    if status == 404 and b"Payara Micro - Error report" in body:
        return False  # the application not deployed (yet): as good as no answer
    if status < 500:
        raise AssertionError("submission refused with %d: %s" % (status, body[:300]))
    return False


class Load:
    """CLIENTS kiosks, each sending one new intake after another until stopped."""

    def __init__(self, numbering):
        self.numbering = numbering
        self.stop_flag = threading.Event()
        self.lock = threading.Lock()
        self.submitted, self.unanswered = [], []

    def next_submission(self):
        with self.lock:
            submission = Submission(next(self.numbering))
            self.submitted.append(submission)
            return submission

    def client(self):
        connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
        while not self.stop_flag.is_set():
            submission = self.next_submission()
            try:
                if not submit(submission, connection):
                    raise OSError("5xx")
            except (OSError, http.client.HTTPException):
                with self.lock:
                    self.unanswered.append(submission)
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
                time.sleep(0.05)

    def run(self, seconds, server):
        threads = [threading.Thread(target=self.client) for _ in range(CLIENTS)]
        for thread in threads:
            thread.start()
        time.sleep(seconds)
        server.kill9()  # mid-flight: some requests are in the server, some in the kernel, some answered
        self.stop_flag.set()
        for thread in threads:
            thread.join()


def retry_all(pending):
    """Each unanswered submission again, with its own key and body, until it is acknowledged."""
    still = list(pending)
    for _ in range(5):
        still = [s for s in still if not _retry(s)]
        if not still:
            return
        time.sleep(1)
    raise AssertionError("%d submissions still unacknowledged after retries" % len(still))


def _retry(submission):
    try:
        return submit(submission)
    except (OSError, http.client.HTTPException):
        return False


def stored_intakes():
    """Every intake in the queue, read page by page as the demo nurse."""
    entries, page = [], 0
    while True:
        status, headers, body = request("GET", "/api/queue?size=200&page=%d" % page, None, NURSE, timeout=60)
        if status != 200:
            raise AssertionError("GET /api/queue answered %d" % status)
        batch = json.loads(body)
        entries.extend(batch)
        total = int(headers["x-total-count"])
        if not batch or len(entries) >= total:
            return entries, total
        page += 1


def intact(submission, entry):
    patient = submission.body["patient"]
    return (entry["givenName"] == patient["givenName"] and entry["familyName"] == patient["familyName"]
            and entry["birthDate"] == patient["birthDate"] and entry["language"] == patient["language"]
            and entry["phone"] == patient["phone"] and entry["id"] == submission.intake_id)


def answers_intact(submission):
    status, _, body = request("GET", "/api/intakes/%d" % submission.intake_id, None, NURSE)
    if status != 200:
        return False
    answered = {line["question"] for line in json.loads(body)["answers"]}
    return set(submission.body["answers"]).issubset(answered)


def main():
    random.seed(int.from_bytes(os.urandom(4), "big"))
    server = Server()
    numbering = iter(range(10 ** 9))
    submissions, pending = [], []
    kills, retried = 0, 0
    print("start-up to ready: %.1f s" % server.start(), flush=True)
    for cycle in range(1, CYCLES + 1):
        if time.monotonic() > DEADLINE - 300:
            # Bounded in time: stop killing, but still check and report what the cycles done so far stored.
            print("deadline: stopping after %d kill cycles" % kills, flush=True)
            break
        load = Load(numbering)
        seconds = random.uniform(2.0, 8.0)
        load.run(seconds, server)
        kills += 1
        submissions.extend(load.submitted)
        pending.extend(load.unanswered)
        ready = server.start()
        retried += len(pending)
        retry_all(pending)
        print("cycle %2d: load %.1f s, kill -9, %4d submitted, %3d unanswered at the kill, restart to ready %.1f s, all retried"
              % (cycle, seconds, len(load.submitted), len(load.unanswered), ready), flush=True)
        pending = []

    entries, total = stored_intakes()
    by_family = {}
    for entry in entries:
        by_family.setdefault(entry["familyName"], []).append(entry)
    acknowledged = [s for s in submissions if s.intake_id is not None]
    found = [s for s in acknowledged if len(by_family.get(s.family, [])) >= 1
             and any(intact(s, e) for e in by_family[s.family])]
    duplicates = sum(len(v) - 1 for v in by_family.values() if len(v) > 1)
    strangers = [name for name in by_family if name not in {s.family for s in submissions}]
    sample = random.sample(acknowledged, min(300, len(acknowledged)))
    answers_ok = sum(1 for s in sample if answers_intact(s))
    server.stop()

    print("kill -9 cycles:            %d" % kills)
    print("submitted:                 %d" % len(submissions))
    print("unanswered, then retried:  %d" % retried)
    print("acknowledged (201 or 200): %d" % len(acknowledged))
    print("found intact:              %d" % len(found))
    print("lost:                      %d" % (len(acknowledged) - len(found)))
    print("duplicates:                %d" % duplicates)
    print("stored (queue total):      %d" % total)
    print("stored but not submitted:  %d" % len(strangers))
    print("answers re-read intact:    %d of %d sampled" % (answers_ok, len(sample)))
    ok = (len(acknowledged) == len(submissions) and len(found) == len(acknowledged) and duplicates == 0
          and total == len(submissions) and not strangers and answers_ok == len(sample) and kills >= 10)
    print("RESULT: " + ("PASS" if ok else "FAIL"))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
