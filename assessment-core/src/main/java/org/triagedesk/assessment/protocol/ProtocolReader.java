package org.triagedesk.assessment.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.triagedesk.assessment.LocalizedText;
import org.triagedesk.assessment.Urgency;

/**
 * Reads a protocol file (JSON) into the {@link Protocol} model. Structural problems (missing
 * fields, wrong JSON types, unknown keys) are collected, not thrown one at a time, so an author
 * sees them all; semantic checks are {@link ProtocolValidator}'s job. {@link #read} refuses with
 * every problem, or returns a protocol that passed both.
 */
public final class ProtocolReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> COMPARISONS = Set.of(">", ">=", "<", "<=");

  private final String file;
  private final List<ProtocolProblem> problems = new ArrayList<>();
  private String rule;

  private ProtocolReader(String file) {
    this.file = file;
  }

  /** Reads and validates; throws {@link ProtocolException} listing every problem. */
  public static Protocol read(String file, InputStream json) {
    ProtocolReader reader = new ProtocolReader(file);
    Protocol protocol = reader.parse(json);
    List<ProtocolProblem> all = new ArrayList<>(reader.problems);
    if (protocol != null && all.isEmpty()) {
      all.addAll(ProtocolValidator.validate(protocol));
    }
    if (!all.isEmpty()) {
      throw new ProtocolException(all);
    }
    return protocol;
  }

  /**
   * Every problem of a file (structure and meaning), for authors and the CLI; empty when it is
   * sound.
   */
  public static List<ProtocolProblem> check(String file, InputStream json) {
    try {
      read(file, json);
      return List.of();
    } catch (ProtocolException refused) {
      return refused.problems();
    }
  }

  private Protocol parse(InputStream json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException malformed) {
      problem(
          null,
          "not valid JSON: "
              + malformed.getOriginalMessage()
              + " at line "
              + malformed.getLocation().getLineNr());
      return null;
    } catch (IOException unreadable) {
      problem(null, "cannot be read: " + unreadable.getMessage());
      return null;
    }
    if (root == null || !root.isObject()) {
      problem(null, "must be a JSON object");
      return null;
    }
    allowOnly(
        root,
        "",
        Set.of(
            "id",
            "version",
            "status",
            "title",
            "fallbackUrgency",
            "sources",
            "vitalSigns",
            "sections",
            "definitions",
            "scores",
            "benignExceptions",
            "missingAnswers",
            "redFlags",
            "causes",
            "urgencyMessages",
            "safetyNet",
            "advice"));
    String id = text(root, "id", "id", true);
    String version = text(root, "version", "version", true);
    LocalizedText title = localized(root.get("title"), "title", true);
    Urgency fallback = urgency(root.get("fallbackUrgency"), "fallbackUrgency", true);
    Map<String, String> sources = stringMap(root.get("sources"), "sources");
    List<String> vitalSigns = strings(root.get("vitalSigns"), "vitalSigns", false);
    List<Section> sections = new ArrayList<>();
    for (JsonNode node : array(root, "sections", "sections", true)) {
      Section section = section(node, "sections[" + sections.size() + "]");
      if (section != null) {
        sections.add(section);
      }
    }
    Map<String, Criterion> definitions = new LinkedHashMap<>();
    JsonNode definitionNodes = root.get("definitions");
    if (definitionNodes != null) {
      if (!definitionNodes.isObject()) {
        problem("definitions", "must be an object of name: criterion");
      } else {
        for (Iterator<Map.Entry<String, JsonNode>> it = definitionNodes.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> entry = it.next();
          rule = "definition " + entry.getKey();
          Criterion criterion = criterion(entry.getValue(), "definitions." + entry.getKey());
          if (criterion != null) {
            definitions.put(entry.getKey(), criterion);
          }
        }
        rule = null;
      }
    }
    List<ScoreRule> scores = new ArrayList<>();
    int index = 0;
    for (JsonNode node : array(root, "scores", "scores", false)) {
      ScoreRule score = score(node, "scores[" + index++ + "]");
      if (score != null) {
        scores.add(score);
      }
    }
    List<BenignException> exceptions = new ArrayList<>();
    index = 0;
    for (JsonNode node : array(root, "benignExceptions", "benignExceptions", false)) {
      BenignException exception = benignException(node, "benignExceptions[" + index++ + "]");
      if (exception != null) {
        exceptions.add(exception);
      }
    }
    rule = null;
    MissingAnswerRules missingAnswers =
        root.has("missingAnswers")
            ? missingAnswers(root.get("missingAnswers"), "missingAnswers")
            : null;
    List<RedFlagRule> redFlags = new ArrayList<>();
    index = 0;
    for (JsonNode node : array(root, "redFlags", "redFlags", true)) {
      RedFlagRule flag = redFlag(node, "redFlags[" + index++ + "]");
      if (flag != null) {
        redFlags.add(flag);
      }
    }
    List<CauseRule> causes = new ArrayList<>();
    index = 0;
    for (JsonNode node : array(root, "causes", "causes", true)) {
      CauseRule cause = cause(node, "causes[" + index++ + "]");
      if (cause != null) {
        causes.add(cause);
      }
    }
    List<AdviceRule> advice = new ArrayList<>();
    index = 0;
    for (JsonNode node : array(root, "advice", "advice", false)) {
      AdviceRule item = advice(node, "advice[" + index++ + "]");
      if (item != null) {
        advice.add(item);
      }
    }
    rule = null;
    Map<Urgency, LocalizedText> messages = new LinkedHashMap<>();
    JsonNode messageNodes = root.get("urgencyMessages");
    if (messageNodes == null || !messageNodes.isObject()) {
      problem("urgencyMessages", "missing: an object of urgency level: text");
    } else {
      for (Iterator<Map.Entry<String, JsonNode>> it = messageNodes.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        Urgency level = urgencyName(entry.getKey(), "urgencyMessages." + entry.getKey());
        LocalizedText message =
            localized(entry.getValue(), "urgencyMessages." + entry.getKey(), true);
        if (level != null && message != null) {
          messages.put(level, message);
        }
      }
    }
    LocalizedText safetyNet = localized(root.get("safetyNet"), "safetyNet", true);
    if (!problems.isEmpty()) {
      return null;
    }
    return new Protocol(
        id,
        version,
        title,
        sections,
        vitalSigns,
        definitions,
        redFlags,
        causes,
        fallback,
        advice,
        messages,
        safetyNet,
        sources,
        file,
        scores,
        exceptions,
        missingAnswers);
  }

  private ScoreRule score(JsonNode node, String path) {
    if (!node.isObject()) {
      problem(path, "must be an object");
      return null;
    }
    String id = text(node, "id", path + ".id", true);
    rule = "score " + id;
    allowOnly(node, path, Set.of("id", "name", "items", "thresholds", "sources"));
    LocalizedText name = localized(node.get("name"), path + ".name", true);
    List<ScoreItem> items = new ArrayList<>();
    int index = 0;
    for (JsonNode itemNode : array(node, "items", path + ".items", true)) {
      String itemPath = path + ".items[" + index++ + "]";
      allowOnly(itemNode, itemPath, Set.of("id", "group", "when", "points"));
      String itemId = text(itemNode, "id", itemPath + ".id", true);
      String group = text(itemNode, "group", itemPath + ".group", false);
      Criterion when = required(itemNode, "when", itemPath);
      JsonNode points = itemNode.get("points");
      if (points == null || !points.isNumber() || points.doubleValue() <= 0) {
        problem(itemPath + ".points", "must be a positive number");
      } else if (itemId != null && when != null) {
        items.add(new ScoreItem(itemId, group, when, points.doubleValue()));
      }
    }
    List<ScoreThreshold> thresholds = new ArrayList<>();
    index = 0;
    for (JsonNode thresholdNode : array(node, "thresholds", path + ".thresholds", true)) {
      String thresholdPath = path + ".thresholds[" + index++ + "]";
      allowOnly(thresholdNode, thresholdPath, Set.of(">", ">=", "meaning"));
      String meaning = text(thresholdNode, "meaning", thresholdPath + ".meaning", true);
      String operator = thresholdNode.has(">=") ? ">=" : thresholdNode.has(">") ? ">" : null;
      if (operator == null || !thresholdNode.get(operator).isNumber()) {
        problem(thresholdPath, "a threshold needs one comparison, \">\" or \">=\", with a number");
      } else if (meaning != null) {
        thresholds.add(
            new ScoreThreshold(operator, thresholdNode.get(operator).decimalValue(), meaning));
      }
    }
    List<String> sources = strings(node.get("sources"), path + ".sources", true);
    rule = null;
    return id == null || name == null ? null : new ScoreRule(id, name, items, thresholds, sources);
  }

  private BenignException benignException(JsonNode node, String path) {
    if (!node.isObject()) {
      problem(path, "must be an object");
      return null;
    }
    String id = text(node, "id", path + ".id", true);
    rule = "exception " + id;
    allowOnly(node, path, Set.of("id", "description", "when", "sources"));
    LocalizedText description = localized(node.get("description"), path + ".description", true);
    Criterion when = required(node, "when", path);
    List<String> sources = strings(node.get("sources"), path + ".sources", true);
    rule = null;
    return id == null || description == null || when == null
        ? null
        : new BenignException(id, description, when, sources);
  }

  private MissingAnswerRules missingAnswers(JsonNode node, String path) {
    if (!node.isObject()) {
      problem(path, "must be an object");
      return null;
    }
    rule = "missingAnswers";
    allowOnly(
        node,
        path,
        Set.of(
            "urgentScreenMinimum",
            "urgentScreenNote",
            "selfCareMinimum",
            "selfCareNote",
            "sources"));
    Urgency urgentMinimum =
        urgency(node.get("urgentScreenMinimum"), path + ".urgentScreenMinimum", true);
    LocalizedText urgentNote =
        localized(node.get("urgentScreenNote"), path + ".urgentScreenNote", true);
    Urgency selfCareMinimum = urgency(node.get("selfCareMinimum"), path + ".selfCareMinimum", true);
    LocalizedText selfCareNote = localized(node.get("selfCareNote"), path + ".selfCareNote", true);
    List<String> sources = strings(node.get("sources"), path + ".sources", true);
    rule = null;
    return new MissingAnswerRules(
        urgentMinimum, urgentNote, selfCareMinimum, selfCareNote, sources);
  }

  private RedFlagWindow window(JsonNode node, String path) {
    if (!node.isObject()) {
      problem(path, "must be an object {text, within, otherwise, sources}");
      return null;
    }
    allowOnly(node, path, Set.of("text", "within", "otherwise", "sources"));
    LocalizedText text = localized(node.get("text"), path + ".text", true);
    Criterion within = node.has("within") ? criterion(node.get("within"), path + ".within") : null;
    Urgency otherwise = urgency(node.get("otherwise"), path + ".otherwise", false);
    List<String> sources = strings(node.get("sources"), path + ".sources", true);
    if (otherwise != null && within == null) {
      problem(path + ".otherwise", "needs \"within\": the criterion of the window");
    }
    return text == null ? null : new RedFlagWindow(text, within, otherwise, sources);
  }

  private Section section(JsonNode node, String path) {
    if (!node.isObject()) {
      problem(path, "must be an object");
      return null;
    }
    allowOnly(
        node, path, Set.of("id", "title", "staffOnly", "urgentScreen", "questions", "checklists"));
    String id = text(node, "id", path + ".id", true);
    LocalizedText title = localized(node.get("title"), path + ".title", true);
    List<Question> questions = new ArrayList<>();
    int index = 0;
    for (JsonNode questionNode : array(node, "questions", path + ".questions", true)) {
      Question question = question(questionNode, path + ".questions[" + index++ + "]");
      if (question != null) {
        questions.add(question);
      }
    }
    List<Checklist> checklists = new ArrayList<>();
    for (JsonNode checklistNode : array(node, "checklists", path + ".checklists", false)) {
      Checklist checklist =
          checklist(checklistNode, path + ".checklists[" + checklists.size() + "]");
      if (checklist != null) {
        checklists.add(checklist);
      }
    }
    return new Section(
        id,
        title,
        questions,
        flag(node, "staffOnly", path),
        flag(node, "urgentScreen", path),
        checklists);
  }

  private Checklist checklist(JsonNode node, String path) {
    if (!node.isObject()) {
      problem(path, "must be an object");
      return null;
    }
    allowOnly(node, path, Set.of("id", "text", "items"));
    String id = text(node, "id", path + ".id", true);
    LocalizedText text = localized(node.get("text"), path + ".text", true);
    List<Checklist.Item> items = new ArrayList<>();
    for (JsonNode itemNode : array(node, "items", path + ".items", true)) {
      String itemPath = path + ".items[" + items.size() + "]";
      if (!itemNode.isObject()) {
        problem(itemPath, "must be an object");
        continue;
      }
      allowOnly(itemNode, itemPath, Set.of("question", "label"));
      items.add(
          new Checklist.Item(
              text(itemNode, "question", itemPath + ".question", true),
              localized(itemNode.get("label"), itemPath + ".label", true)));
    }
    return id == null || text == null ? null : new Checklist(id, text, items);
  }

  private Question question(JsonNode node, String path) {
    if (!node.isObject()) {
      problem(path, "must be an object");
      return null;
    }
    allowOnly(
        node,
        path,
        Set.of(
            "id",
            "type",
            "required",
            "options",
            "min",
            "max",
            "text",
            "hint",
            "showWhen",
            "assumedWhenUnanswered"));
    String id = text(node, "id", path + ".id", true);
    rule = "question " + id;
    QuestionType type = null;
    String typeName = text(node, "type", path + ".type", true);
    if (typeName != null) {
      try {
        type = QuestionType.valueOf(typeName);
      } catch (IllegalArgumentException unknown) {
        problem(
            path + ".type",
            "unknown question type '"
                + typeName
                + "', expected one of BOOLEAN, CHOICE, "
                + "MULTI, INTEGER, NUMBER");
      }
    }
    List<Option> options = new ArrayList<>();
    int index = 0;
    for (JsonNode optionNode : array(node, "options", path + ".options", false)) {
      String optionPath = path + ".options[" + index++ + "]";
      allowOnly(optionNode, optionPath, Set.of("value", "label"));
      String value = text(optionNode, "value", optionPath + ".value", true);
      LocalizedText label = localized(optionNode.get("label"), optionPath + ".label", true);
      if (value != null && label != null) {
        options.add(new Option(value, label));
      }
    }
    BigDecimal min = decimal(node.get("min"), path + ".min");
    BigDecimal max = decimal(node.get("max"), path + ".max");
    LocalizedText text = localized(node.get("text"), path + ".text", true);
    LocalizedText hint = localized(node.get("hint"), path + ".hint", false);
    Condition showWhen =
        node.has("showWhen") ? condition(node.get("showWhen"), path + ".showWhen") : null;
    Object assumed =
        node.has("assumedWhenUnanswered") ? scalar(node.get("assumedWhenUnanswered")) : null;
    Question question =
        new Question(
            id,
            type,
            flag(node, "required", path),
            options,
            min,
            max,
            text,
            hint,
            showWhen,
            assumed);
    rule = null;
    return id == null || type == null || text == null ? null : question;
  }

  private Condition condition(JsonNode node, String path) {
    if (!node.isObject()) {
      problem(path, "must be an object {question, operator, values}");
      return null;
    }
    allowOnly(node, path, Set.of("question", "operator", "values", "anyOf"));
    String operator = text(node, "operator", path + ".operator", true);
    List<Condition> anyOf = new ArrayList<>();
    int index = 0;
    for (JsonNode child : array(node, "anyOf", path + ".anyOf", false)) {
      Condition nested = condition(child, path + ".anyOf[" + index++ + "]");
      if (nested != null) {
        anyOf.add(nested);
      }
    }
    List<Object> values = new ArrayList<>();
    for (JsonNode value : array(node, "values", path + ".values", false)) {
      values.add(scalar(value));
    }
    String question = text(node, "question", path + ".question", false);
    return new Condition(question, operator, values, anyOf);
  }

  private RedFlagRule redFlag(JsonNode node, String path) {
    if (!node.isObject()) {
      problem(path, "must be an object");
      return null;
    }
    String id = text(node, "id", path + ".id", true);
    rule = id;
    allowOnly(
        node,
        path,
        Set.of(
            "id",
            "description",
            "category",
            "alsoCategories",
            "when",
            "minimum",
            "escalate",
            "sources",
            "window"));
    LocalizedText description = localized(node.get("description"), path + ".description", true);
    String category = text(node, "category", path + ".category", false);
    List<String> also = strings(node.get("alsoCategories"), path + ".alsoCategories", false);
    Criterion when = required(node, "when", path);
    Urgency minimum = urgency(node.get("minimum"), path + ".minimum", true);
    List<Escalation> escalations = new ArrayList<>();
    int index = 0;
    for (JsonNode escalation : array(node, "escalate", path + ".escalate", false)) {
      String escalationPath = path + ".escalate[" + index++ + "]";
      allowOnly(escalation, escalationPath, Set.of("when", "to"));
      Criterion escalationWhen = required(escalation, "when", escalationPath);
      Urgency to = urgency(escalation.get("to"), escalationPath + ".to", true);
      if (escalationWhen != null && to != null) {
        escalations.add(new Escalation(escalationWhen, to));
      }
    }
    List<String> sources = strings(node.get("sources"), path + ".sources", true);
    RedFlagWindow window = node.has("window") ? window(node.get("window"), path + ".window") : null;
    if (id == null || when == null || minimum == null || description == null) {
      return null;
    }
    return new RedFlagRule(
        id, description, category, also, when, minimum, escalations, sources, window);
  }

  private CauseRule cause(JsonNode node, String path) {
    if (!node.isObject()) {
      problem(path, "must be an object");
      return null;
    }
    String category = text(node, "category", path + ".category", true);
    rule = category;
    allowOnly(
        node,
        path,
        Set.of(
            "category",
            "defaultUrgency",
            "urgencyRules",
            "raise",
            "lower",
            "outranks",
            "outranksWhen",
            "sources",
            "note",
            "selfCareNeeds"));
    Urgency defaultUrgency = urgency(node.get("defaultUrgency"), path + ".defaultUrgency", false);
    List<UrgencyRule> urgencyRules = new ArrayList<>();
    int index = 0;
    for (JsonNode ruleNode : array(node, "urgencyRules", path + ".urgencyRules", false)) {
      String rulePath = path + ".urgencyRules[" + index++ + "]";
      allowOnly(ruleNode, rulePath, Set.of("when", "urgency"));
      Criterion when = required(ruleNode, "when", rulePath);
      Urgency urgency = urgency(ruleNode.get("urgency"), rulePath + ".urgency", true);
      if (when != null && urgency != null) {
        urgencyRules.add(new UrgencyRule(when, urgency));
      }
    }
    List<CauseFeature> features = new ArrayList<>();
    features(node, "raise", path, 1, features);
    features(node, "lower", path, -1, features);
    List<String> outranks = strings(node.get("outranks"), path + ".outranks", false);
    Criterion outranksWhen =
        node.has("outranksWhen")
            ? criterion(node.get("outranksWhen"), path + ".outranksWhen")
            : null;
    if (!outranks.isEmpty() && outranksWhen == null) {
      problem(path + ".outranksWhen", "missing: outranks needs the criterion that triggers it");
    }
    List<String> sources = strings(node.get("sources"), path + ".sources", true);
    List<String> selfCareNeeds = strings(node.get("selfCareNeeds"), path + ".selfCareNeeds", false);
    return category == null
        ? null
        : new CauseRule(
            category,
            defaultUrgency,
            urgencyRules,
            features,
            outranks,
            outranksWhen,
            sources,
            selfCareNeeds);
  }

  private void features(JsonNode node, String key, String path, int sign, List<CauseFeature> into) {
    int index = 0;
    for (JsonNode feature : array(node, key, path + "." + key, false)) {
      String featurePath = path + "." + key + "[" + index++ + "]";
      allowOnly(feature, featurePath, Set.of("when", "weight"));
      Criterion when = required(feature, "when", featurePath);
      JsonNode weight = feature.get("weight");
      if (weight == null || !weight.isNumber() || weight.doubleValue() <= 0) {
        problem(
            featurePath + ".weight", "must be a positive number (" + key + " sets the direction)");
      } else if (when != null) {
        into.add(new CauseFeature(when, sign * weight.doubleValue()));
      }
    }
  }

  private AdviceRule advice(JsonNode node, String path) {
    String id = text(node, "id", path + ".id", true);
    rule = "advice " + id;
    allowOnly(node, path, Set.of("id", "urgencies", "causes", "when", "text", "sources"));
    List<Urgency> urgencies = new ArrayList<>();
    int index = 0;
    for (JsonNode level : array(node, "urgencies", path + ".urgencies", false)) {
      Urgency urgency = urgency(level, path + ".urgencies[" + index++ + "]", true);
      if (urgency != null) {
        urgencies.add(urgency);
      }
    }
    List<String> causes = strings(node.get("causes"), path + ".causes", false);
    Criterion when = node.has("when") ? criterion(node.get("when"), path + ".when") : null;
    LocalizedText text = localized(node.get("text"), path + ".text", true);
    List<String> sources = strings(node.get("sources"), path + ".sources", true);
    return id == null || text == null
        ? null
        : new AdviceRule(id, urgencies, causes, when, text, sources);
  }

  private Criterion required(JsonNode node, String key, String path) {
    if (!node.has(key)) {
      problem(path + "." + key, "missing");
      return null;
    }
    return criterion(node.get(key), path + "." + key);
  }

  /** Parses one node of the rule language; see docs/clinical/authoring-protocols.md. */
  Criterion criterion(JsonNode node, String path) {
    if (node == null || !node.isObject()) {
      problem(path, "a criterion must be an object such as {\"q\": \"fever\", \"equals\": true}");
      return null;
    }
    if (node.has("score")) {
      return scoreTest(node, path);
    }
    if (node.has("exception")) {
      allowOnly(node, path, Set.of("exception"));
      String name = text(node, "exception", path + ".exception", true);
      return name == null ? null : new Criterion.ExceptionHolds(name);
    }
    if (node.has("all") || node.has("any")) {
      String key = node.has("all") ? "all" : "any";
      allowOnly(node, path, Set.of(key));
      List<Criterion> parts = criteria(node.get(key), path + "." + key);
      if (parts == null) {
        return null;
      }
      return key.equals("all") ? new Criterion.All(parts) : new Criterion.Any(parts);
    }
    if (node.has("not")) {
      allowOnly(node, path, Set.of("not"));
      Criterion inner = criterion(node.get("not"), path + ".not");
      return inner == null ? null : new Criterion.Not(inner);
    }
    if (node.has("atLeast")) {
      allowOnly(node, path, Set.of("atLeast", "of"));
      JsonNode count = node.get("atLeast");
      List<Criterion> parts = criteria(node.get("of"), path + ".of");
      if (!count.isInt() || count.intValue() < 1) {
        problem(path + ".atLeast", "must be a whole number of at least 1");
        return null;
      }
      return parts == null ? null : new Criterion.AtLeast(count.intValue(), parts);
    }
    if (node.has("flag")) {
      allowOnly(node, path, Set.of("flag"));
      String flag = text(node, "flag", path + ".flag", true);
      return flag == null ? null : new Criterion.FlagFired(flag);
    }
    if (node.has("anyFlagAtLeast")) {
      allowOnly(node, path, Set.of("anyFlagAtLeast"));
      Urgency level = urgency(node.get("anyFlagAtLeast"), path + ".anyFlagAtLeast", true);
      return level == null ? null : new Criterion.AnyFlagAtLeast(level);
    }
    if (node.has("ref")) {
      allowOnly(node, path, Set.of("ref"));
      String name = text(node, "ref", path + ".ref", true);
      return name == null ? null : new Criterion.Ref(name);
    }
    if (node.has("diff")) {
      return difference(node, path);
    }
    if (node.has("q")) {
      return answerTest(node, path);
    }
    problem(
        path,
        "unknown criterion: expected one of all, any, not, atLeast, q, diff, flag, anyFlagAtLeast, ref, "
            + "score, exception");
    return null;
  }

  private List<Criterion> criteria(JsonNode node, String path) {
    if (node == null || !node.isArray() || node.isEmpty()) {
      problem(path, "must be a non-empty list of criteria");
      return null;
    }
    List<Criterion> parts = new ArrayList<>();
    boolean sound = true;
    for (int i = 0; i < node.size(); i++) {
      Criterion part = criterion(node.get(i), path + "[" + i + "]");
      sound &= part != null;
      parts.add(part);
    }
    return sound ? parts : null;
  }

  private Criterion answerTest(JsonNode node, String path) {
    String question = text(node, "q", path + ".q", true);
    List<AnswerOperator> operators = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      Optional<AnswerOperator> known = AnswerOperator.ofSymbol(key);
      if (known.isPresent()) {
        operators.add(known.get());
      } else if (!key.equals("q")) {
        problem(
            path + "." + key,
            "unknown operator '"
                + key
                + "', expected one of "
                + String.join(", ", AnswerOperator.symbols()));
      }
    }
    if (operators.size() != 1) {
      problem(path, "an answer test needs exactly one operator, found " + operators.size());
      return null;
    }
    AnswerOperator operator = operators.get(0);
    JsonNode operand = node.get(operator.symbol());
    List<Object> values = new ArrayList<>();
    if (operand.isArray()) {
      for (JsonNode value : operand) {
        values.add(scalar(value));
      }
    } else {
      values.add(scalar(operand));
    }
    return question == null ? null : new Criterion.AnswerTest(question, operator, values);
  }

  private Criterion scoreTest(JsonNode node, String path) {
    String score = text(node, "score", path + ".score", true);
    String operator = null;
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (key.equals(">") || key.equals(">=")) {
        operator = key;
      } else if (!key.equals("score")) {
        problem(path + "." + key, "unknown operator '" + key + "', a score compares with > or >=");
      }
    }
    if (operator == null || !node.get(operator).isNumber()) {
      problem(path, "a score test needs \"score\": id and one comparison, > or >=, with a number");
      return null;
    }
    return score == null
        ? null
        : new Criterion.ScoreTest(score, operator, node.get(operator).decimalValue());
  }

  private Criterion difference(JsonNode node, String path) {
    List<String> questions = strings(node.get("diff"), path + ".diff", true);
    String operator = null;
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (COMPARISONS.contains(key)) {
        operator = key;
      } else if (!key.equals("diff")) {
        problem(path + "." + key, "unknown operator '" + key + "', expected one of >, >=, <, <=");
      }
    }
    if (questions.size() != 2 || operator == null || !node.get(operator).isNumber()) {
      problem(
          path, "a difference needs \"diff\": [two question ids] and one comparison with a number");
      return null;
    }
    return new Criterion.Difference(
        questions.get(0), questions.get(1), operator, node.get(operator).decimalValue());
  }

  // --- small typed accessors that record a problem instead of throwing ---

  private void allowOnly(JsonNode node, String path, Set<String> allowed) {
    if (!node.isObject()) {
      return;
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!allowed.contains(key)) {
        problem(path.isEmpty() ? key : path + "." + key, "unknown field '" + key + "'");
      }
    }
  }

  private String text(JsonNode node, String key, String path, boolean required) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      if (required) {
        problem(path, "missing");
      }
      return null;
    }
    if (!value.isTextual() || value.textValue().isBlank()) {
      problem(path, "must be a non-empty string");
      return null;
    }
    return value.textValue();
  }

  private boolean flag(JsonNode node, String key, String path) {
    JsonNode value = node.get(key);
    if (value == null) {
      return false;
    }
    if (!value.isBoolean()) {
      problem(path + "." + key, "must be true or false");
      return false;
    }
    return value.booleanValue();
  }

  private Iterable<JsonNode> array(JsonNode node, String key, String path, boolean required) {
    JsonNode value = node.get(key);
    if (value == null) {
      if (required) {
        problem(path, "missing");
      }
      return List.of();
    }
    if (!value.isArray()) {
      problem(path, "must be a list");
      return List.of();
    }
    return value;
  }

  private List<String> strings(JsonNode node, String path, boolean required) {
    if (node == null) {
      if (required) {
        problem(path, "missing");
      }
      return List.of();
    }
    if (!node.isArray()) {
      problem(path, "must be a list of strings");
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (JsonNode value : node) {
      if (value.isTextual()) {
        values.add(value.textValue());
      } else {
        problem(path, "must be a list of strings");
      }
    }
    return values;
  }

  private Map<String, String> stringMap(JsonNode node, String path) {
    Map<String, String> map = new LinkedHashMap<>();
    if (node == null || !node.isObject()) {
      problem(path, "missing: an object of id: text");
      return map;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      if (entry.getValue().isTextual()) {
        map.put(entry.getKey(), entry.getValue().textValue());
      } else {
        problem(path + "." + entry.getKey(), "must be a string");
      }
    }
    return map;
  }

  private LocalizedText localized(JsonNode node, String path, boolean required) {
    if (node == null || node.isNull()) {
      if (required) {
        problem(path, "missing");
      }
      return null;
    }
    Map<String, String> byLanguage = stringMap(node, path);
    return new LocalizedText(byLanguage);
  }

  private Urgency urgency(JsonNode node, String path, boolean required) {
    if (node == null || node.isNull()) {
      if (required) {
        problem(path, "missing");
      }
      return null;
    }
    if (!node.isTextual()) {
      problem(path, "must be an urgency level name");
      return null;
    }
    return urgencyName(node.textValue(), path);
  }

  private Urgency urgencyName(String name, String path) {
    for (Urgency urgency : Urgency.values()) {
      if (urgency.name().equals(name)) {
        return urgency;
      }
    }
    problem(
        path,
        "unknown urgency '"
            + name
            + "', expected one of EMERGENCY, URGENT, SOON, ROUTINE, SELF_CARE");
    return null;
  }

  private BigDecimal decimal(JsonNode node, String path) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isNumber()) {
      problem(path, "must be a number");
      return null;
    }
    return node.decimalValue();
  }

  private static Object scalar(JsonNode node) {
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    return node.toString();
  }

  private void problem(String field, String message) {
    problems.add(new ProtocolProblem(file, rule, field, message));
  }
}
