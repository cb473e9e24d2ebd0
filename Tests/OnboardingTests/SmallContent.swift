import JSON
import Onboarding

/// A hand-sized content for hand-computed cases, decoded directly (the loader's minimum counts
/// do not apply to it).
///
/// Dimensions a (weight 1), b (weight 2), c (weight 3). Questions and their answers' points:
/// a1 (max 2): z 0, m 1, x 2 · a2 (max 3): z 0, x 3 · b1 (max 4): z 0, m 1, x 4 ·
/// b2 (max 4): z 0, m 2, x 4 · c1 (max 1): z 0, x 1 · c2 (max 2, shown only if c1 is x): z 0,
/// x 2. Levels 0–24, 25–49, 50–74, 75–100. Actions in this order: a-build (page builder, a1 z|m),
/// a-train (t1, a1 z or a2 z), b-call (advisor, b1 z), b-train (t2, b2 z|m), c-hidden (c2 z),
/// c-first (c1 z).
enum SmallContent {
    static func load() throws -> Content {
        try JSON.decode(Content.self, from: Array(json.utf8))
    }

    private static let json = #"""
    {
      "language": "fr",
      "dimensions": [
        {"id": "a", "name": "A", "description": "A.", "weight": 1},
        {"id": "b", "name": "B", "description": "B.", "weight": 2},
        {"id": "c", "name": "C", "description": "C.", "weight": 3}
      ],
      "questions": [
        {"id": "a1", "dimension": "a", "text": "A1", "maxPoints": 2, "answers": [
          {"id": "z", "label": "z", "points": 0, "inPlace": false}, {"id": "m", "label": "m", "points": 1, "inPlace": false}, {"id": "x", "label": "x", "points": 2, "inPlace": false}]},
        {"id": "a2", "dimension": "a", "text": "A2", "maxPoints": 3, "answers": [
          {"id": "z", "label": "z", "points": 0, "inPlace": false}, {"id": "x", "label": "x", "points": 3, "inPlace": false}]},
        {"id": "b1", "dimension": "b", "text": "B1", "maxPoints": 4, "answers": [
          {"id": "z", "label": "z", "points": 0, "inPlace": false}, {"id": "m", "label": "m", "points": 1, "inPlace": false}, {"id": "x", "label": "x", "points": 4, "inPlace": false}]},
        {"id": "b2", "dimension": "b", "text": "B2", "maxPoints": 4, "answers": [
          {"id": "z", "label": "z", "points": 0, "inPlace": false}, {"id": "m", "label": "m", "points": 2, "inPlace": false}, {"id": "x", "label": "x", "points": 4, "inPlace": false}]},
        {"id": "c1", "dimension": "c", "text": "C1", "maxPoints": 1, "answers": [
          {"id": "z", "label": "z", "points": 0, "inPlace": false}, {"id": "x", "label": "x", "points": 1, "inPlace": true}]},
        {"id": "c2", "dimension": "c", "text": "C2 with three words", "help": "Two words", "maxPoints": 2, "showIf": {"question": "c1", "answers": ["x"]},
         "answers": [{"id": "z", "label": "z", "points": 0, "inPlace": false}, {"id": "x", "label": "x", "points": 2, "inPlace": true}]}
      ],
      "levels": [
        {"id": "low", "name": "Low", "from": 0, "to": 24, "explanation": "."},
        {"id": "mid", "name": "Mid", "from": 25, "to": 49, "explanation": "."},
        {"id": "good", "name": "Good", "from": 50, "to": 74, "explanation": "."},
        {"id": "top", "name": "Top", "from": 75, "to": 100, "explanation": "."}
      ],
      "recommendations": [
        {"id": "a-build", "dimension": "a", "title": "A build", "text": ".", "effort": "1 h", "cost": "free",
         "when": [{"question": "a1", "answers": ["z", "m"]}], "action": "pageBuilder", "training": null, "offers": []},
        {"id": "a-train", "dimension": "a", "title": "A train", "text": ".", "effort": "1 h", "cost": "low",
         "when": [{"question": "a1", "answers": ["z"]}, {"question": "a2", "answers": ["z"]}], "action": "training",
         "training": "t1", "offers": ["o1"]},
        {"id": "b-call", "dimension": "b", "title": "B call", "text": ".", "effort": "1 h", "cost": "free",
         "when": [{"question": "b1", "answers": ["z"]}], "action": "advisor", "training": null, "offers": []},
        {"id": "b-train", "dimension": "b", "title": "B train", "text": ".", "effort": "1 h", "cost": "paid",
         "when": [{"question": "b2", "answers": ["z", "m"]}], "action": "training", "training": "t2", "offers": []},
        {"id": "c-hidden", "dimension": "c", "title": "C hidden", "text": ".", "effort": "1 h", "cost": "free",
         "when": [{"question": "c2", "answers": ["z"]}], "action": "training", "training": "t1", "offers": []},
        {"id": "c-first", "dimension": "c", "title": "C first", "text": ".", "effort": "1 h", "cost": "free",
         "when": [{"question": "c1", "answers": ["z"]}], "action": "training", "training": "t2", "offers": []}
      ],
      "trainings": [
        {"id": "t1", "title": "Training one", "summary": ".", "durationMinutes": 5, "steps": [],
         "quiz": {"passMark": 2, "questions": [
           {"id": "k1", "text": "?", "explanation": "Because.", "choices": [{"id": "a", "label": "a", "correct": true}, {"id": "b", "label": "b", "correct": false}]},
           {"id": "k2", "text": "?", "explanation": "Because.", "choices": [{"id": "a", "label": "a", "correct": false}, {"id": "b", "label": "b", "correct": true}]},
           {"id": "k3", "text": "?", "explanation": "Because.", "choices": [{"id": "a", "label": "a", "correct": true}, {"id": "b", "label": "b", "correct": false}]}
         ]}},
        {"id": "t2", "title": "Training two", "summary": ".", "durationMinutes": 3, "steps": [],
         "quiz": {"passMark": 1, "questions": []}}
      ],
      "offers": [
        {"id": "o1", "kind": "workshop", "title": "Workshop", "text": ".", "provider": "CCI", "example": false}
      ],
      "trades": [],
      "pageTexts": {"texts": {}}
    }
    """#
}
