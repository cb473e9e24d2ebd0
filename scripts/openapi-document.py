#!/usr/bin/env python3
"""Writes Sources/Kiosk/OpenAPIDocument.swift, the OpenAPI 3.1 document the kiosk serves.

Edit the API description here (Python is easier to keep valid than JSON in a Swift string),
run `python3 scripts/openapi-document.py`, commit both. KioskTests checks the result against
the router, so a route missing on either side fails the tests.
"""
import json
ref = lambda n: {"$ref": f"#/components/schemas/{n}"}
def ok(schema, desc="OK"): return {"description": desc, "content": {"application/json": {"schema": schema}}}
err = {"$ref": "#/components/responses/Error"}
def errors(*codes): return {str(c): err for c in codes}
sid = {"name": "id", "in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}, "description": "Visitor session id"}
lang = {"name": "lang", "in": "query", "required": False, "schema": ref("Language"), "description": "Language of the texts (default fr)"}
training = {"name": "training", "in": "path", "required": True, "schema": {"type": "string", "pattern": "^[a-z0-9-]{1,64}$"}}
def body(schema): return {"required": True, "content": {"application/json": {"schema": schema}}}
answers = {"type": "object", "additionalProperties": False, "required": ["answers"],
           "properties": {"answers": {"type": "object", "additionalProperties": {"type": "string"}, "description": "question id → answer id; skipped questions are left out"}}}
S = lambda props, req=None, extra=True: {"type": "object", "properties": props, "required": req if req is not None else list(props), **({} if extra else {"additionalProperties": False})}
string = {"type": "string"}; integer = {"type": "integer"}; boolean = {"type": "boolean"}; ts = {"type": "string", "format": "date-time"}
score = {"type": ["integer", "null"], "minimum": 0, "maximum": 100}
slug = {"name": "slug", "in": "path", "required": True, "schema": {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]*(\\.vcf)?$"}, "description": "The shop's slug (`demo`, `creperie-elodie`); `<slug>.vcf` gives its vCard"}
kiosk = {"name": "kiosk", "in": "path", "required": True, "schema": {"type": "string"}, "description": "This kiosk's id (setting kiosk_id)"}
qr_params = [{"name": "for", "in": "query", "required": False, "schema": {"type": "string", "enum": ["page", "review", "facebook", "instagram", "website"]}, "description": "Which link the code leads to (default: the page)"},
             {"name": "ecc", "in": "query", "required": False, "schema": {"type": "string", "enum": ["L", "M", "Q", "H"]}, "description": "Error correction (default: setting qr_error_correction)"},
             {"name": "size", "in": "query", "required": False, "schema": {"type": "integer", "minimum": 1, "maximum": 40}, "description": "Pixels per module (default: setting qr_module_pixels)"}]
poster_format = {"name": "format", "in": "query", "required": False, "schema": {"type": "string", "enum": ["A4", "A5", "A6"]}, "description": "Paper size (default A4)"}
def media(kind, desc): return {"description": desc, "content": {kind: {"schema": {"type": "string"}}}}
html = media("text/html", "HTML page (no script; its own Content-Security-Policy)")
png = media("image/png", "PNG image"); svg = media("image/svg+xml", "SVG image")
shop_state = ok(ref("ShopState"))
# What a started session leads to (OpenAPI links: clients and stateful testers follow them).
session_links = {op: {"operationId": op, "parameters": {"id": "$response.body#/id"}} for op in (
    "getSession", "touchSession", "setLanguage", "submitDiagnostic", "latestDiagnostic", "passport", "giveConsent",
    "changeConsent", "withdrawConsent", "resume", "requestAdvisor", "getShop", "saveShop", "previewShop", "publishShop",
    "unpublishShop", "posterPrinted", "printReceipt", "submitQuiz", "endSession")}
doc = {
 "openapi": "3.1.0",
 "info": {"title": "Vitrine kiosk API", "version": "VERSION",
          "description": "JSON API of the Vitrine kiosk. Errors are {\"error\":{\"code\",\"message\"}}; inputs are validated (unknown fields refused) and refused with a 4xx naming the field. Session routes answer 410 once the visit has ended (idle time-out or Terminer).",
          "license": {"name": "AGPL-3.0-or-later", "identifier": "AGPL-3.0-or-later"}},
 "servers": [{"url": "/"}],
 "paths": {
  "/healthz": {"get": {"operationId": "health", "summary": "Liveness and readiness", "responses": {"200": ok(ref("Health"), "Ready"), "503": ok(ref("Health"), "Starting or stopping")}}},
  "/api/v1/openapi.json": {"get": {"operationId": "openapi", "summary": "This document", "responses": {"200": ok({"type": "object"})}}},
  "/api/v1/kiosk": {"get": {"operationId": "kiosk", "summary": "What the UI needs before the first screen", "responses": {"200": ok(ref("KioskInfo"))}}},
  "/api/v1/identity/logo.svg": {"get": {"operationId": "identityLogo", "summary": "The CCI's logo (content/, a plain SVG checked at start)", "responses": {"200": svg}}},
  "/api/v1/sessions": {"post": {"operationId": "startSession", "summary": "Start a visitor session (ends any other open one)", "requestBody": body(ref("LanguageChoice")),
      "responses": {"201": {**ok(ref("Session"), "Started"), "links": session_links}, **errors(400, 413, 415, 422, 503)}}},
  "/api/v1/sessions/{id}": {"parameters": [sid],
      "get": {"operationId": "getSession", "summary": "A visitor session", "responses": {"200": ok(ref("Session")), **errors(404, 422, 503)}},
      "delete": {"operationId": "endSession", "summary": "End a visit (Terminer, or the idle countdown ran out)", "responses": {"204": {"description": "Ended"}, **errors(404, 422, 503)}}},
  "/api/v1/sessions/{id}/touch": {"parameters": [sid], "post": {"operationId": "touchSession", "summary": "The visitor is still there", "responses": {"204": {"description": "Noted"}, **errors(404, 410, 422, 503)}}},
  "/api/v1/sessions/{id}/language": {"parameters": [sid], "put": {"operationId": "setLanguage", "summary": "Switch the visit's language", "requestBody": body(ref("LanguageChoice")),
      "responses": {"200": ok(ref("Session")), **errors(400, 404, 410, 413, 415, 422, 503)}}},
  "/api/v1/diagnostic": {"get": {"operationId": "diagnostic", "summary": "Dimensions and questions of the diagnostic (no points)", "parameters": [lang], "responses": {"200": ok(ref("Diagnostic")), **errors(422)}}},
  "/api/v1/sessions/{id}/diagnostic": {"parameters": [sid],
      "post": {"operationId": "submitDiagnostic", "summary": "Score the answers (answers to questions hidden by showIf are ignored) and get the three priorities", "requestBody": body(answers),
               "responses": {"201": ok(ref("DiagnosticOutcome"), "Scored and recorded"), **errors(400, 404, 410, 413, 415, 422, 503)}},
      "get": {"operationId": "latestDiagnostic", "summary": "The latest diagnostic of this visit or owner, scored again in the language asked (nothing recorded)", "parameters": [lang],
              "responses": {"200": ok(ref("DiagnosticOutcome")), **errors(404, 410, 422, 503)}}},
  "/api/v1/trainings": {"get": {"operationId": "trainings", "summary": "The flash trainings", "parameters": [lang], "responses": {"200": ok({"type": "array", "items": ref("TrainingSummary")}), **errors(422)}}},
  "/api/v1/trainings/{training}": {"parameters": [training], "get": {"operationId": "training", "summary": "A training with its quiz (without the answers)", "parameters": [lang], "responses": {"200": ok(ref("Training")), **errors(404, 422)}}},
  "/api/v1/sessions/{id}/trainings/{training}/quiz": {"parameters": [sid, training], "post": {"operationId": "submitQuiz", "summary": "Grade a training's quiz", "requestBody": body(answers),
      "responses": {"200": ok(ref("QuizResult")), **errors(400, 404, 410, 413, 415, 422, 503)}}},
  "/api/v1/sessions/{id}/passport": {"parameters": [sid], "get": {"operationId": "passport", "summary": "The passeport numérique of this visit (and owner)", "responses": {"200": ok(ref("Passport")), **errors(404, 410, 422, 503)}}},
  "/api/v1/sessions/{id}/passport/qr.svg": {"parameters": [sid], "get": {"operationId": "passportQRCode", "summary": "QR code (SVG) to the owner's public passport on the hub; 404 without consent to share with the hub",
      "responses": {"200": {"description": "SVG image", "content": {"image/svg+xml": {"schema": {"type": "string"}}}}, **errors(404, 410, 422, 503)}}},
  "/api/v1/privacy": {"get": {"operationId": "privacy", "summary": "The privacy notice shown before any personal field", "parameters": [lang], "responses": {"200": ok(ref("PrivacyNotice")), **errors(422)}}},
  "/api/v1/sessions/{id}/consent": {"parameters": [sid],
      "post": {"operationId": "giveConsent", "summary": "Consent: purposes, hub, PIN; returns the resume code", "requestBody": body(ref("GiveConsent")),
               "responses": {"201": ok(ref("ConsentGiven"), "Recorded"), **errors(400, 404, 409, 410, 413, 415, 422, 503)}},
      "put": {"operationId": "changeConsent", "summary": "Add or drop purposes and change the hub choice, confirmed with the owner's PIN (wrong PINs count toward the lock, as for resuming); nothing published goes offline unless publish is dropped; data of a purpose dropped is deleted", "requestBody": body(ref("ChangeConsent")),
               "responses": {"200": ok(ref("ConsentGiven")), **errors(400, 401, 404, 410, 413, 415, 422, 423, 503)}},
      "delete": {"operationId": "withdrawConsent", "summary": "Withdraw consent: personal data deleted", "responses": {"204": {"description": "Withdrawn"}, **errors(404, 410, 422, 503)}}},
  "/api/v1/sessions/{id}/resume": {"parameters": [sid], "post": {"operationId": "resume", "summary": "Continue an earlier visit with resume code + PIN", "requestBody": body(ref("Resume")),
      "responses": {"200": ok(ref("Passport")), **errors(400, 401, 404, 410, 413, 415, 422, 423, 503)}}},
  "/api/v1/sessions/{id}/advisor-request": {"parameters": [sid], "post": {"operationId": "requestAdvisor", "summary": "Be called back by a CCI advisor (needs the callback consent)", "requestBody": body(ref("AdvisorRequest")),
      "responses": {"201": ok(S({"id": {"type": "string", "format": "uuid"}}), "Recorded"), **errors(400, 404, 409, 410, 413, 415, 422, 503)}}},
 "/api/v1/trades": {"get": {"operationId": "trades", "summary": "The trades the page builder lists", "parameters": [lang], "responses": {"200": ok({"type": "array", "items": S({"id": string, "label": string})}), **errors(422)}}},
  "/api/v1/sessions/{id}/shop": {"parameters": [sid],
      "get": {"operationId": "getShop", "summary": "The page builder's draft, its problems and links (needs the publish consent)", "responses": {"200": shop_state, **errors(403, 404, 410, 422, 503)}},
      "put": {"operationId": "saveShop", "summary": "Save the draft as typed (saved even with problems, which come back per field)", "requestBody": body(ref("ShopDraft")),
              "responses": {"200": shop_state, **errors(400, 403, 404, 410, 413, 415, 422, 503)}}},
  "/api/v1/sessions/{id}/shop/preview": {"parameters": [sid], "get": {"operationId": "previewShop", "summary": "The page as it would look (HTML, framable by the kiosk UI only)", "responses": {"200": html, **errors(403, 404, 410, 422, 503)}}},
  "/api/v1/sessions/{id}/shop/publish": {"parameters": [sid],
      "post": {"operationId": "publishShop", "summary": "Publish the page (the slug is given at the first publication and kept)", "responses": {"200": shop_state, **errors(403, 404, 410, 422, 503)}},
      "delete": {"operationId": "unpublishShop", "summary": "Take the page offline (the slug stays reserved)", "responses": {"200": shop_state, **errors(403, 404, 410, 422, 503)}}},
  "/api/v1/sessions/{id}/shop/poster": {"parameters": [sid], "post": {"operationId": "posterPrinted", "summary": "Record that the kiosk printed a poster; 409 public_address_missing while public_base_url is unset or loopback (the QR code would be dead)", "requestBody": body(S({"format": {"type": "string", "enum": ["A4", "A5", "A6"]}}, extra=False)),
      "responses": {"204": {"description": "Recorded"}, **errors(400, 403, 409, 410, 413, 415, 422, 503)}}},
  "/api/v1/sessions/{id}/shop/receipt": {"parameters": [sid], "post": {"operationId": "printReceipt", "summary": "Print the page's QR code on the receipt printer (ESC/POS); 409 public_address_missing while public_base_url is unset or loopback",
      "responses": {"204": {"description": "Printed"}, **errors(403, 409, 410, 422, 503)}}},
  "/s/{slug}": {"parameters": [slug], "get": {"operationId": "shopPage", "summary": "A published shop's public page (or its vCard 4.0 for <slug>.vcf)",
      "responses": {"200": {"description": "The page, or the vCard", "content": {"text/html": {"schema": string}, "text/vcard": {"schema": string}}}, "304": {"description": "Not modified"}, **errors(404)}}},
  "/s/{slug}/qr.svg": {"parameters": [slug], "get": {"operationId": "shopQRCodeSVG", "summary": "QR code of the page (or of one of its links)", "parameters": qr_params, "responses": {"200": svg, "304": {"description": "Not modified"}, **errors(404, 422)}}},
  "/s/{slug}/qr.png": {"parameters": [slug], "get": {"operationId": "shopQRCodePNG", "summary": "QR code of the page (or of one of its links)", "parameters": qr_params, "responses": {"200": png, "304": {"description": "Not modified"}, **errors(404, 422)}}},
  "/s/{slug}/poster": {"parameters": [slug], "get": {"operationId": "shopPoster", "summary": "Print-ready poster (CSS @page with the exact paper size)", "parameters": [poster_format], "responses": {"200": html, "304": {"description": "Not modified"}, **errors(404, 422)}}},
  "/d/{kiosk}": {"parameters": [kiosk], "get": {"operationId": "directory", "summary": "Every shop published from this kiosk", "responses": {"200": html, "304": {"description": "Not modified"}, **errors(404)}}},
  "/d/{kiosk}/poster": {"parameters": [kiosk], "get": {"operationId": "directoryPoster", "summary": "The directory's poster", "parameters": [poster_format], "responses": {"200": html, "304": {"description": "Not modified"}, **errors(404, 422)}}},
  "/d/{kiosk}/qr.svg": {"parameters": [kiosk], "get": {"operationId": "directoryQRCodeSVG", "summary": "QR code of the directory", "parameters": qr_params, "responses": {"200": svg, "304": {"description": "Not modified"}, **errors(404, 422)}}},
  "/d/{kiosk}/qr.png": {"parameters": [kiosk], "get": {"operationId": "directoryQRCodePNG", "summary": "QR code of the directory", "parameters": qr_params, "responses": {"200": png, "304": {"description": "Not modified"}, **errors(404, 422)}}},
 },
 "components": {
  "responses": {"Error": {"description": "Refused", "content": {"application/json": {"schema": ref("Error")}}}},
  "schemas": {
   "Error": S({"error": S({"code": string, "message": string,
               "attemptsLeft": {"type": "integer", "description": "wrong_pin: attempts left before the code locks"},
               "retryAt": {"type": "string", "format": "date-time", "description": "locked: when to try again"}}, ["code", "message"])}),
   "Health": S({"status": {"type": "string", "enum": ["ok", "starting"]}, "version": string}),
   "Language": {"type": "string", "enum": ["fr", "en"]},
   "LanguageChoice": S({"language": ref("Language")}, extra=False),
   "KioskInfo": S({"version": string, "languages": {"type": "array", "items": string}, "idleSeconds": integer, "countdownSeconds": integer,
                   "receiptPrinter": boolean, "publicBaseURL": string,
                   "publicAddress": S({"ready": {"type": "boolean", "description": "false while public_base_url is unset or loopback: show the demonstration banner; printing is refused"}}),
                   "identity": S({"name": string, "shortName": string, "color": {"type": "string", "description": "#rrggbb, contrast ≥ 4.5 with white"}, "logo": {"type": "string", "description": "path of the logo (SVG)"}})}),
   "ShopDraft": S({"name": string, "trade": {"type": "string", "description": "id from GET /api/v1/trades"}, "description": string,
                   "street": string, "postcode": string, "city": string, "phone": {"type": "string", "description": "French number in any usual format"},
                   "email": string, "website": string,
                   "hours": {"type": "array", "items": S({"day": {"type": "integer", "description": "1 = Monday … 7 = Sunday"}, "opens": {"type": "string", "description": "HH:MM"}, "closes": {"type": "string", "description": "HH:MM (24:00 allowed)"}}, extra=False)},
                   "closures": {"type": "array", "items": S({"from": {"type": "string", "description": "YYYY-MM-DD"}, "to": {"type": "string", "description": "YYYY-MM-DD"}, "label": string}, ["from", "to"], extra=False)},
                   "facebook": string, "instagram": string, "googleReview": string,
                   "services": {"type": "array", "items": string}, "accent": {"type": "string", "description": "#rrggbb, dark enough for white text"}}, [], extra=False),
   "ShopState": S({"draft": ref("ShopDraft"),
                   "problems": {"type": "array", "items": S({"field": {"type": "string", "description": "JSON path in the draft: phone, hours[2], closures[0].to"}, "code": string, "message": string})},
                   "publishable": boolean, "slug": string, "published": boolean, "publishedAt": ts,
                   "links": S({"preview": string, "page": string, "localPage": string, "posters": {"type": "object", "additionalProperties": string}, "qr": string}, ["preview"])},
                  ["draft", "problems", "publishable", "published", "links"]),
   "Session": S({"id": {"type": "string", "format": "uuid"}, "language": ref("Language"), "startedAt": ts, "endedAt": ts, "active": boolean}, ["id", "language", "startedAt", "active"]),
   "Diagnostic": S({"dimensions": {"type": "array", "items": S({"id": string, "name": string, "description": string})},
                    "questions": {"type": "array", "items": S({"id": string, "dimension": string, "text": string, "help": string,
                                   "answers": {"type": "array", "items": S({"id": string, "label": string})},
                                   "showIf": {**S({"question": string, "answers": {"type": "array", "items": string}}), "description": "Ask only if that earlier question got one of these answers; otherwise skip it (an answer to it is ignored)"},
                                   "words": {"type": "integer", "description": "words of the text, help and answer labels"},
                                   "seconds": {"type": "integer", "description": "reading at 150 words a minute + 2 s for the tap, rounded up"}},
                                  ["id", "dimension", "text", "answers", "words", "seconds"])},
                    "estimate": S({"typicalSeconds": {"type": "integer", "description": "mean over the answer combinations that decide what is shown, help not read"},
                                   "longestSeconds": {"type": "integer", "description": "the path with the most reading, help included"}})}),
   "RecommendedAction": S({"id": string, "dimension": string, "title": string, "text": string, "effort": string, "cost": {"type": "string", "enum": ["free", "low", "paid"]},
                           "action": S({"kind": {"type": "string", "enum": ["pageBuilder", "training", "advisor"]}, "training": string, "title": string, "minutes": integer}, ["kind"]),
                           "offers": {"type": "array", "items": S({"id": string, "kind": string, "title": string, "text": string, "provider": string, "example": boolean}, ["id", "kind", "title", "text", "provider"])}}),
   "Level": S({"id": string, "name": string, "from": integer, "to": integer, "explanation": string}),
   "DiagnosticOutcome": S({"result": S({"overall": score, "level": ref("Level"), "answered": integer, "questionCount": integer,
                           "dimensions": {"type": "array", "items": S({"dimension": string, "name": string, "weight": integer, "score": score, "level": ref("Level"), "answered": integer, "questionCount": integer}, ["dimension", "name", "weight", "answered", "questionCount"])}},
                           ["answered", "questionCount", "dimensions"]),
                           "priorities": {"type": "array", "maxItems": 3, "items": ref("RecommendedAction"), "description": "The actions the answers call for, most useful first"},
                           "more": {"type": "array", "items": ref("RecommendedAction"), "description": "The other actions, shown on demand"}}),
   "TrainingSummary": S({"id": string, "title": string, "summary": string, "minutes": integer}),
   "Training": S({"id": string, "title": string, "summary": string, "minutes": integer,
                  "steps": {"type": "array", "items": S({"title": string, "text": string})},
                  "quiz": S({"passMark": integer, "questions": {"type": "array", "items": S({"id": string, "text": string, "choices": {"type": "array", "items": S({"id": string, "label": string})}})}})}),
   "QuizResult": S({"training": string, "correct": integer, "total": integer, "passMark": integer, "passed": boolean}),
   "Passport": S({"diagnostic": S({"overall": integer, "level": ref("Level"), "at": ts}, ["overall", "at"]),
                  "trainings": {"type": "array", "items": S({"training": string, "title": string, "at": ts})},
                  "pagePublished": ts, "posterPrinted": ts, "advisorRequested": ts, "resumeCode": string,
                  "consent": S({"purposes": {"type": "array", "items": string}, "hub": boolean, "at": ts})}, ["trainings"]),
   "PrivacyNotice": S({"controller": string, "legalBasis": string, "purposes": {"type": "array", "items": S({"id": {"type": "string", "enum": ["callback", "publish", "newsletter"]}, "label": string, "description": string})},
                       "recipients": string, "retention": string, "rights": string, "optionalFields": string, "paragraphs": {"type": "array", "items": string}, "noticeHash": string}),
   "GiveConsent": S({"purposes": {"type": "array", "items": {"type": "string", "enum": ["callback", "publish", "newsletter"]}}, "hub": boolean,
                     "noticeHash": {"type": "string", "description": "noticeHash of the notice shown (GET /api/v1/privacy)"}, "pin": {"type": "string", "pattern": "^[0-9]{4,6}$"}}, extra=False),
   "ChangeConsent": S({"purposes": {"type": "array", "items": {"type": "string", "enum": ["callback", "publish", "newsletter"]}}, "hub": boolean,
                       "noticeHash": string, "pin": {"type": "string", "pattern": "^[0-9]{4,6}$", "description": "the owner's PIN, confirming the change"}}, extra=False),
   "ConsentGiven": S({"resumeCode": string, "purposes": {"type": "array", "items": string}, "hub": boolean}),
   "Resume": S({"code": {"type": "string", "description": "Resume code, e.g. K7WX-3MQ9"}, "pin": {"type": "string", "pattern": "^[0-9]{4,6}$"}}, extra=False),
   "AdvisorRequest": S({"name": {"type": "string", "minLength": 2, "maxLength": 80}, "phone": {"type": "string", "description": "French number, e.g. 06 12 34 56 78"},
                        "topic": {"type": "string", "enum": ["website", "social", "online-sales", "payment", "invoicing", "security", "other"]},
                        "preferredTime": {"type": "string", "enum": ["morning", "afternoon", "any"]}}, extra=False),
  }}}
text = json.dumps(doc, indent=1, ensure_ascii=False).replace('"VERSION"', '"\\#(Version.current)"')
swift = '/// The OpenAPI 3.1 description of the kiosk\'s HTTP API, served at `/api/v1/openapi.json`.\n/// Kept in the binary (no file to lose); `KioskTests` checks it against the router.\nenum OpenAPIDocument {\n    static let json = #"""\n' + text + '\n"""#\n}\n'
import os
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
open(os.path.join(root, 'Sources/Kiosk/OpenAPIDocument.swift'), 'w').write(swift)
