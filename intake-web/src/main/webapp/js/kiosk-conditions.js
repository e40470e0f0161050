// The protocol's display conditions ("showWhen"), evaluated in one place: here. The server never decides
// what the kiosk shows; the protocol validator (assessment-core) decides which conditions are well formed,
// and this file refuses, when the protocol loads, any operator it does not know, so that a question is never
// shown (or hidden) by accident. The semantics are those of Condition.java: an unanswered question equals
// nothing, so notEquals and notIn hold for it; a multi-choice answer "equals" each value it contains; an
// empty multi-choice answer ("None of these") is an answer.
"use strict";
window.KioskConditions = (() => {
  const OPERATORS = ["equals", "notEquals", "in", "notIn", "answered", "any"];

  function answered(value) {
    return value !== undefined && value !== null;
  }

  function matches(value, expected) {
    return Array.isArray(value) ? value.includes(expected) : value === expected;
  }

  /** Throws, naming the question and the path, for a condition this kiosk cannot evaluate. */
  function check(condition, where) {
    if (condition === null || condition === undefined) return;
    if (!OPERATORS.includes(condition.operator)) {
      throw new Error(`${where}: unknown display condition operator '${condition.operator}'`);
    }
    if (condition.operator === "any") {
      if (!Array.isArray(condition.anyOf) || condition.anyOf.length === 0) {
        throw new Error(`${where}: operator any needs a non-empty anyOf list`);
      }
      condition.anyOf.forEach((nested, i) => check(nested, `${where}.anyOf[${i}]`));
    } else if (typeof condition.question !== "string") {
      throw new Error(`${where}: operator ${condition.operator} needs a question`);
    }
  }

  /** Whether a question with this condition is asked, given the answers so far. */
  function holds(condition, answers) {
    if (condition === null || condition === undefined) return true;
    if (condition.operator === "any") return condition.anyOf.some((nested) => holds(nested, answers));
    const value = answers[condition.question];
    const values = condition.values || [];
    switch (condition.operator) {
      case "equals": return answered(value) && matches(value, values[0]);
      case "notEquals": return !answered(value) || !matches(value, values[0]);
      case "in": return answered(value) && values.some((v) => matches(value, v));
      case "notIn": return !answered(value) || !values.some((v) => matches(value, v));
      case "answered": return answered(value);
      default: throw new Error(`unknown display condition operator '${condition.operator}'`);
    }
  }

  return { check, holds, answered };
})();
