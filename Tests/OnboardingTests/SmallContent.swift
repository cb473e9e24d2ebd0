import JSON
import Onboarding

/// A hand-sized content for hand-computed cases, decoded directly (the loader's minimum counts
/// do not apply to it).
///
/// Dimensions a (weight 1), b (weight 2), c (weight 3). Questions and their answers' points:
/// a1 (max 2): z 0, m 1, x 2 · a2 (max 3): z 0, x 3 · b1 (max 4): z 0, m 1, x 4 ·
/// b2 (max 4): z 0, m 2, x 4 · c1 (max 1): z 0, x 1. Levels 0–24, 25–49, 50–74, 75–100.
/// Weak below 50.
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
          {"id": "z", "label": "z", "points": 0}, {"id": "m", "label": "m", "points": 1}, {"id": "x", "label": "x", "points": 2}]},
        {"id": "a2", "dimension": "a", "text": "A2", "maxPoints": 3, "answers": [
          {"id": "z", "label": "z", "points": 0}, {"id": "x", "label": "x", "points": 3}]},
        {"id": "b1", "dimension": "b", "text": "B1", "maxPoints": 4, "answers": [
          {"id": "z", "label": "z", "points": 0}, {"id": "m", "label": "m", "points": 1}, {"id": "x", "label": "x", "points": 4}]},
        {"id": "b2", "dimension": "b", "text": "B2", "maxPoints": 4, "answers": [
          {"id": "z", "label": "z", "points": 0}, {"id": "m", "label": "m", "points": 2}, {"id": "x", "label": "x", "points": 4}]},
        {"id": "c1", "dimension": "c", "text": "C1", "maxPoints": 1, "answers": [
          {"id": "z", "label": "z", "points": 0}, {"id": "x", "label": "x", "points": 1}]}
      ],
      "levels": [
        {"id": "low", "name": "Low", "from": 0, "to": 24, "explanation": "."},
        {"id": "mid", "name": "Mid", "from": 25, "to": 49, "explanation": "."},
        {"id": "good", "name": "Good", "from": 50, "to": 74, "explanation": "."},
        {"id": "top", "name": "Top", "from": 75, "to": 100, "explanation": "."}
      ],
      "weakBelow": 50,
      "recommendations": [
        {"id": "a-basic", "dimension": "a", "title": "A basic", "text": ".", "effort": "1 h", "cost": "free",
         "appliesBelow": 50, "training": "t1", "offers": ["o1"]},
        {"id": "a-first", "dimension": "a", "title": "A first", "text": ".", "effort": "1 h", "cost": "low",
         "appliesBelow": 30, "training": "t1", "offers": []},
        {"id": "a-second", "dimension": "a", "title": "A second", "text": ".", "effort": "1 h", "cost": "paid",
         "appliesBelow": 50, "training": "t2", "offers": []},
        {"id": "a-third", "dimension": "a", "title": "A third", "text": ".", "effort": "1 h", "cost": "free",
         "appliesBelow": 50, "training": "t1", "offers": []},
        {"id": "b-basic", "dimension": "b", "title": "B basic", "text": ".", "effort": "1 h", "cost": "free",
         "appliesBelow": 50, "training": "t2", "offers": []},
        {"id": "c-basic", "dimension": "c", "title": "C basic", "text": ".", "effort": "1 h", "cost": "free",
         "appliesBelow": 50, "training": "t1", "offers": []}
      ],
      "trainings": [
        {"id": "t1", "title": "Training one", "summary": ".", "durationMinutes": 5, "steps": [],
         "quiz": {"passMark": 2, "questions": [
           {"id": "k1", "text": "?", "choices": [{"id": "a", "label": "a", "correct": true}, {"id": "b", "label": "b", "correct": false}]},
           {"id": "k2", "text": "?", "choices": [{"id": "a", "label": "a", "correct": false}, {"id": "b", "label": "b", "correct": true}]},
           {"id": "k3", "text": "?", "choices": [{"id": "a", "label": "a", "correct": true}, {"id": "b", "label": "b", "correct": false}]}
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
