/// The OpenAPI 3.1 description of the kiosk's HTTP API, served at `/api/v1/openapi.json`.
/// Kept in the binary (no file to lose); `KioskTests` checks it against the router.
enum OpenAPIDocument {
    static let json = #"""
{
 "openapi": "3.1.0",
 "info": {
  "title": "Vitrine kiosk API",
  "version": "\#(Version.current)",
  "description": "JSON API of the Vitrine kiosk. Errors are {\"error\":{\"code\",\"message\"}}; inputs are validated (unknown fields refused) and refused with a 4xx naming the field. Session routes answer 410 once the visit has ended (idle time-out or Terminer).",
  "license": {
   "name": "AGPL-3.0-or-later",
   "identifier": "AGPL-3.0-or-later"
  }
 },
 "servers": [
  {
   "url": "/"
  }
 ],
 "paths": {
  "/healthz": {
   "get": {
    "operationId": "health",
    "summary": "Liveness and readiness",
    "responses": {
     "200": {
      "description": "Ready",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Health"
        }
       }
      }
     },
     "503": {
      "description": "Starting or stopping",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Health"
        }
       }
      }
     }
    }
   }
  },
  "/api/v1/openapi.json": {
   "get": {
    "operationId": "openapi",
    "summary": "This document",
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "type": "object"
        }
       }
      }
     }
    }
   }
  },
  "/api/v1/kiosk": {
   "get": {
    "operationId": "kiosk",
    "summary": "What the UI needs before the first screen",
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/KioskInfo"
        }
       }
      }
     }
    }
   }
  },
  "/api/v1/identity/logo.svg": {
   "get": {
    "operationId": "identityLogo",
    "summary": "The CCI's logo (content/, a plain SVG checked at start)",
    "responses": {
     "200": {
      "description": "SVG image",
      "content": {
       "image/svg+xml": {
        "schema": {
         "type": "string"
        }
       }
      }
     }
    }
   }
  },
  "/api/v1/sessions": {
   "post": {
    "operationId": "startSession",
    "summary": "Start a visitor session (ends any other open one)",
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/LanguageChoice"
       }
      }
     }
    },
    "responses": {
     "201": {
      "description": "Started",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Session"
        }
       }
      },
      "links": {
       "getSession": {
        "operationId": "getSession",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "touchSession": {
        "operationId": "touchSession",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "setLanguage": {
        "operationId": "setLanguage",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "submitDiagnostic": {
        "operationId": "submitDiagnostic",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "latestDiagnostic": {
        "operationId": "latestDiagnostic",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "passport": {
        "operationId": "passport",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "giveConsent": {
        "operationId": "giveConsent",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "changeConsent": {
        "operationId": "changeConsent",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "withdrawConsent": {
        "operationId": "withdrawConsent",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "resume": {
        "operationId": "resume",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "requestAdvisor": {
        "operationId": "requestAdvisor",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "getShop": {
        "operationId": "getShop",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "saveShop": {
        "operationId": "saveShop",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "previewShop": {
        "operationId": "previewShop",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "publishShop": {
        "operationId": "publishShop",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "unpublishShop": {
        "operationId": "unpublishShop",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "posterPrinted": {
        "operationId": "posterPrinted",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "printReceipt": {
        "operationId": "printReceipt",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "submitQuiz": {
        "operationId": "submitQuiz",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "endSession": {
        "operationId": "endSession",
        "parameters": {
         "id": "$response.body#/id"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Error"
     },
     "413": {
      "$ref": "#/components/responses/Error"
     },
     "415": {
      "$ref": "#/components/responses/Error"
     },
     "422": {
      "$ref": "#/components/responses/Error"
     },
     "503": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/api/v1/sessions/{id}": {
   "parameters": [
    {
     "name": "id",
     "in": "path",
     "required": true,
     "schema": {
      "type": "string",
      "format": "uuid"
     },
     "description": "Visitor session id"
    }
   ],
   "get": {
    "operationId": "getSession",
    "summary": "A visitor session",
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Session"
        }
       }
      }
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "422": {
      "$ref": "#/components/responses/Error"
     },
     "503": {
      "$ref": "#/components/responses/Error"
     }
    }
   },
   "delete": {
    "operationId": "endSession",
    "summary": "End a visit (Terminer, or the idle countdown ran out)",
    "responses": {
     "204": {
      "description": "Ended"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "422": {
      "$ref": "#/components/responses/Error"
     },
     "503": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/api/v1/sessions/{id}/touch": {
   "parameters": [
    {
     "name": "id",
     "in": "path",
     "required": true,
     "schema": {
      "type": "string",
      "format": "uuid"
     },
     "description": "Visitor session id"
    }
   ],
   "post": {
    "operationId": "touchSession",
    "summary": "The visitor is still there",
    "responses": {
     "204": {
      "description": "Noted"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "410": {
      "$ref": "#/components/responses/Error"
     },
     "422": {
      "$ref": "#/components/responses/Error"
     },
     "503": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/api/v1/sessions/{id}/language": {
   "parameters": [
    {
     "name": "id",
     "in": "path",
     "required": true,
     "schema": {
      "type": "string",
      "format": "uuid"
     },
     "description": "Visitor session id"
    }
   ],
   "put": {
    "operationId": "setLanguage",
    "summary": "Switch the visit's language",
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/LanguageChoice"
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Session"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Error"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "410": {
      "$ref": "#/components/responses/Error"
     },
     "413": {
      "$ref": "#/components/responses/Error"
     },
     "415": {
      "$ref": "#/components/responses/Error"
     },
     "422": {
      "$ref": "#/components/responses/Error"
     },
     "503": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/api/v1/diagnostic": {
   "get": {
    "operationId": "diagnostic",
    "summary": "Dimensions and questions of the diagnostic (no points)",
    "parameters": [
     {
      "name": "lang",
      "in": "query",
      "required": false,
      "schema": {
       "$ref": "#/components/schemas/Language"
      },
      "description": "Language of the texts (default fr)"
     }
    ],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Diagnostic"
        }
       }
      }
     },
     "422": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/api/v1/sessions/{id}/diagnostic": {
   "parameters": [
    {
     "name": "id",
     "in": "path",
     "required": true,
     "schema": {
      "type": "string",
      "format": "uuid"
     },
     "description": "Visitor session id"
    }
   ],
   "post": {
    "operationId": "submitDiagnostic",
    "summary": "Score the answers (answers to questions hidden by showIf are ignored) and get the three priorities",
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "type": "object",
        "additionalProperties": false,
        "required": [
         "answers"
        ],
        "properties": {
         "answers": {
          "type": "object",
          "additionalProperties": {
           "type": "string"
          },
          "description": "question id → answer id; skipped questions are left out"
         }
        }
       }
      }
     }
    },
    "responses": {
     "201": {
      "description": "Scored and recorded",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/DiagnosticOutcome"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Error"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "410": {
      "$ref": "#/components/responses/Error"
     },
     "413": {
      "$ref": "#/components/responses/Error"
     },
     "415": {
      "$ref": "#/components/responses/Error"
     },
     "422": {
      "$ref": "#/components/responses/Error"
     },
     "503": {
      "$ref": "#/components/responses/Error"
     }
    }
   },
   "get": {
    "operationId": "latestDiagnostic",
    "summary": "The latest diagnostic of this visit or owner, scored again in the language asked (nothing recorded)",
    "parameters": [
     {
      "name": "lang",
      "in": "query",
      "required": false,
      "schema": {
       "$ref": "#/components/schemas/Language"
      },
      "description": "Language of the texts (default fr)"
     }
    ],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/DiagnosticOutcome"
        }
       }
      }
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "410": {
      "$ref": "#/components/responses/Error"
     },
     "422": {
      "$ref": "#/components/responses/Error"
     },
     "503": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/api/v1/trainings": {
   "get": {
    "operationId": "trainings",
    "summary": "The flash trainings",
    "parameters": [
     {
      "name": "lang",
      "in": "query",
      "required": false,
      "schema": {
       "$ref": "#/components/schemas/Language"
      },
      "description": "Language of the texts (default fr)"
     }
    ],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "type": "array",
         "items": {
          "$ref": "#/components/schemas/TrainingSummary"
         }
        }
       }
      }
     },
     "422": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/api/v1/trainings/{training}": {
   "parameters": [
    {
     "name": "training",
     "in": "path",
     "required": true,
     "schema": {
      "type": "string",
      "pattern": "^[a-z0-9-]{1,64}$"
     }
    }
   ],
   "get": {
    "operationId": "training",
    "summary": "A training with its quiz (without the answers)",
    "parameters": [
     {
      "name": "lang",
      "in": "query",
      "required": false,
      "schema": {
       "$ref": "#/components/schemas/Language"
      },
      "description": "Language of the texts (default fr)"
     }
    ],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Training"
        }
       }
      }
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "422": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/api/v1/sessions/{id}/trainings/{training}/quiz": {
   "parameters": [
    {
     "name": "id",
     "in": "path",
     "required": true,
     "schema": {
      "type": "string",
      "format": "uuid"
     },
     "description": "Visitor session id"
    },
    {
     "name": "training",
     "in": "path",
     "required": true,
     "schema": {
      "type": "string",
      "pattern": "^[a-z0-9-]{1,64}$"
     }
    }
   ],
   "post": {
    "operationId": "submitQuiz",
    "summary": "Grade a training's quiz",
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "type": "object",
        "additionalProperties": false,
        "required": [
         "answers"
        ],
        "properties": {
         "answers": {
          "type": "object",
          "additionalProperties": {
           "type": "string"
          },
          "description": "question id → answer id; skipped questions are left out"
         }
        }
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/QuizResult"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Error"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "410": {
      "$ref": "#/components/responses/Error"
     },
     "413": {
      "$ref": "#/components/responses/Error"
     },
     "415": {
      "$ref": "#/components/responses/Error"
     },
     "422": {
      "$ref": "#/components/responses/Error"
     },
     "503": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/api/v1/sessions/{id}/passport": {
   "parameters": [
    {
     "name": "id",
     "in": "path",
     "required": true,
     "schema": {
      "type": "string",
      "format": "uuid"
     },
     "description": "Visitor session id"
    }
   ],
   "get": {
    "operationId": "passport",
    "summary": "The passeport numérique of this visit (and owner)",
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Passport"
        }
       }
      }
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "410": {
      "$ref": "#/components/responses/Error"
     },
     "422": {
      "$ref": "#/components/responses/Error"
     },
     "503": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/api/v1/sessions/{id}/passport/qr.svg": {
   "parameters": [
    {
     "name": "id",
     "in": "path",
     "required": true,
     "schema": {
      "type": "string",
      "format": "uuid"
     },
     "description": "Visitor session id"
    }
   ],
   "get": {
    "operationId": "passportQRCode",
    "summary": "QR code (SVG) to the owner's public passport on the hub; 404 without consent to share with the hub",
    "responses": {
     "200": {
      "description": "SVG image",
      "content": {
       "image/svg+xml": {
        "schema": {
         "type": "string"
        }
       }
      }
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "410": {
      "$ref": "#/components/responses/Error"
     },
     "422": {
      "$ref": "#/components/responses/Error"
     },
     "503": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/api/v1/privacy": {
   "get": {
    "operationId": "privacy",
    "summary": "The privacy notice shown before any personal field",
    "parameters": [
     {
      "name": "lang",
      "in": "query",
      "required": false,
      "schema": {
       "$ref": "#/components/schemas/Language"
      },
      "description": "Language of the texts (default fr)"
     }
    ],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/PrivacyNotice"
        }
       }
      }
     },
     "422": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/api/v1/sessions/{id}/consent": {
   "parameters": [
    {
     "name": "id",
     "in": "path",
     "required": true,
     "schema": {
      "type": "string",
      "format": "uuid"
     },
     "description": "Visitor session id"
    }
   ],
   "post": {
    "operationId": "giveConsent",
    "summary": "Consent: purposes, hub, PIN; returns the resume code",
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/GiveConsent"
       }
      }
     }
    },
    "responses": {
     "201": {
      "description": "Recorded",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ConsentGiven"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Error"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "409": {
      "$ref": "#/components/responses/Error"
     },
     "410": {
      "$ref": "#/components/responses/Error"
     },
     "413": {
      "$ref": "#/components/responses/Error"
     },
     "415": {
      "$ref": "#/components/responses/Error"
     },
     "422": {
      "$ref": "#/components/responses/Error"
     },
     "503": {
      "$ref": "#/components/responses/Error"
     }
    }
   },
   "put": {
    "operationId": "changeConsent",
    "summary": "Add or drop purposes and change the hub choice, confirmed with the owner's PIN (wrong PINs count toward the lock, as for resuming); nothing published goes offline unless publish is dropped; data of a purpose dropped is deleted",
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/ChangeConsent"
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ConsentGiven"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Error"
     },
     "401": {
      "$ref": "#/components/responses/Error"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "410": {
      "$ref": "#/components/responses/Error"
     },
     "413": {
      "$ref": "#/components/responses/Error"
     },
     "415": {
      "$ref": "#/components/responses/Error"
     },
     "422": {
      "$ref": "#/components/responses/Error"
     },
     "423": {
      "$ref": "#/components/responses/Error"
     },
     "503": {
      "$ref": "#/components/responses/Error"
     }
    }
   },
   "delete": {
    "operationId": "withdrawConsent",
    "summary": "Withdraw consent: personal data deleted",
    "responses": {
     "204": {
      "description": "Withdrawn"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "410": {
      "$ref": "#/components/responses/Error"
     },
     "422": {
      "$ref": "#/components/responses/Error"
     },
     "503": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/api/v1/sessions/{id}/resume": {
   "parameters": [
    {
     "name": "id",
     "in": "path",
     "required": true,
     "schema": {
      "type": "string",
      "format": "uuid"
     },
     "description": "Visitor session id"
    }
   ],
   "post": {
    "operationId": "resume",
    "summary": "Continue an earlier visit with resume code + PIN",
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/Resume"
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Passport"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Error"
     },
     "401": {
      "$ref": "#/components/responses/Error"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "410": {
      "$ref": "#/components/responses/Error"
     },
     "413": {
      "$ref": "#/components/responses/Error"
     },
     "415": {
      "$ref": "#/components/responses/Error"
     },
     "422": {
      "$ref": "#/components/responses/Error"
     },
     "423": {
      "$ref": "#/components/responses/Error"
     },
     "503": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/api/v1/sessions/{id}/advisor-request": {
   "parameters": [
    {
     "name": "id",
     "in": "path",
     "required": true,
     "schema": {
      "type": "string",
      "format": "uuid"
     },
     "description": "Visitor session id"
    }
   ],
   "post": {
    "operationId": "requestAdvisor",
    "summary": "Be called back by a CCI advisor (needs the callback consent)",
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/AdvisorRequest"
       }
      }
     }
    },
    "responses": {
     "201": {
      "description": "Recorded",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "properties": {
          "id": {
           "type": "string",
           "format": "uuid"
          }
         },
         "required": [
          "id"
         ]
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Error"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "409": {
      "$ref": "#/components/responses/Error"
     },
     "410": {
      "$ref": "#/components/responses/Error"
     },
     "413": {
      "$ref": "#/components/responses/Error"
     },
     "415": {
      "$ref": "#/components/responses/Error"
     },
     "422": {
      "$ref": "#/components/responses/Error"
     },
     "503": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/api/v1/trades": {
   "get": {
    "operationId": "trades",
    "summary": "The trades the page builder lists",
    "parameters": [
     {
      "name": "lang",
      "in": "query",
      "required": false,
      "schema": {
       "$ref": "#/components/schemas/Language"
      },
      "description": "Language of the texts (default fr)"
     }
    ],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "type": "array",
         "items": {
          "type": "object",
          "properties": {
           "id": {
            "type": "string"
           },
           "label": {
            "type": "string"
           }
          },
          "required": [
           "id",
           "label"
          ]
         }
        }
       }
      }
     },
     "422": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/api/v1/sessions/{id}/shop": {
   "parameters": [
    {
     "name": "id",
     "in": "path",
     "required": true,
     "schema": {
      "type": "string",
      "format": "uuid"
     },
     "description": "Visitor session id"
    }
   ],
   "get": {
    "operationId": "getShop",
    "summary": "The page builder's draft, its problems and links (needs the publish consent)",
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ShopState"
        }
       }
      }
     },
     "403": {
      "$ref": "#/components/responses/Error"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "410": {
      "$ref": "#/components/responses/Error"
     },
     "422": {
      "$ref": "#/components/responses/Error"
     },
     "503": {
      "$ref": "#/components/responses/Error"
     }
    }
   },
   "put": {
    "operationId": "saveShop",
    "summary": "Save the draft as typed (saved even with problems, which come back per field)",
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/ShopDraft"
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ShopState"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Error"
     },
     "403": {
      "$ref": "#/components/responses/Error"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "410": {
      "$ref": "#/components/responses/Error"
     },
     "413": {
      "$ref": "#/components/responses/Error"
     },
     "415": {
      "$ref": "#/components/responses/Error"
     },
     "422": {
      "$ref": "#/components/responses/Error"
     },
     "503": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/api/v1/sessions/{id}/shop/preview": {
   "parameters": [
    {
     "name": "id",
     "in": "path",
     "required": true,
     "schema": {
      "type": "string",
      "format": "uuid"
     },
     "description": "Visitor session id"
    }
   ],
   "get": {
    "operationId": "previewShop",
    "summary": "The page as it would look (HTML, framable by the kiosk UI only)",
    "responses": {
     "200": {
      "description": "HTML page (no script; its own Content-Security-Policy)",
      "content": {
       "text/html": {
        "schema": {
         "type": "string"
        }
       }
      }
     },
     "403": {
      "$ref": "#/components/responses/Error"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "410": {
      "$ref": "#/components/responses/Error"
     },
     "422": {
      "$ref": "#/components/responses/Error"
     },
     "503": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/api/v1/sessions/{id}/shop/publish": {
   "parameters": [
    {
     "name": "id",
     "in": "path",
     "required": true,
     "schema": {
      "type": "string",
      "format": "uuid"
     },
     "description": "Visitor session id"
    }
   ],
   "post": {
    "operationId": "publishShop",
    "summary": "Publish the page (the slug is given at the first publication and kept)",
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ShopState"
        }
       }
      }
     },
     "403": {
      "$ref": "#/components/responses/Error"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "410": {
      "$ref": "#/components/responses/Error"
     },
     "422": {
      "$ref": "#/components/responses/Error"
     },
     "503": {
      "$ref": "#/components/responses/Error"
     }
    }
   },
   "delete": {
    "operationId": "unpublishShop",
    "summary": "Take the page offline (the slug stays reserved)",
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ShopState"
        }
       }
      }
     },
     "403": {
      "$ref": "#/components/responses/Error"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "410": {
      "$ref": "#/components/responses/Error"
     },
     "422": {
      "$ref": "#/components/responses/Error"
     },
     "503": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/api/v1/sessions/{id}/shop/poster": {
   "parameters": [
    {
     "name": "id",
     "in": "path",
     "required": true,
     "schema": {
      "type": "string",
      "format": "uuid"
     },
     "description": "Visitor session id"
    }
   ],
   "post": {
    "operationId": "posterPrinted",
    "summary": "Record that the kiosk printed a poster; 409 public_address_missing while public_base_url is unset or loopback (the QR code would be dead)",
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "type": "object",
        "properties": {
         "format": {
          "type": "string",
          "enum": [
           "A4",
           "A5",
           "A6"
          ]
         }
        },
        "required": [
         "format"
        ],
        "additionalProperties": false
       }
      }
     }
    },
    "responses": {
     "204": {
      "description": "Recorded"
     },
     "400": {
      "$ref": "#/components/responses/Error"
     },
     "403": {
      "$ref": "#/components/responses/Error"
     },
     "409": {
      "$ref": "#/components/responses/Error"
     },
     "410": {
      "$ref": "#/components/responses/Error"
     },
     "413": {
      "$ref": "#/components/responses/Error"
     },
     "415": {
      "$ref": "#/components/responses/Error"
     },
     "422": {
      "$ref": "#/components/responses/Error"
     },
     "503": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/api/v1/sessions/{id}/shop/receipt": {
   "parameters": [
    {
     "name": "id",
     "in": "path",
     "required": true,
     "schema": {
      "type": "string",
      "format": "uuid"
     },
     "description": "Visitor session id"
    }
   ],
   "post": {
    "operationId": "printReceipt",
    "summary": "Print the page's QR code on the receipt printer (ESC/POS); 409 public_address_missing while public_base_url is unset or loopback",
    "responses": {
     "204": {
      "description": "Printed"
     },
     "403": {
      "$ref": "#/components/responses/Error"
     },
     "409": {
      "$ref": "#/components/responses/Error"
     },
     "410": {
      "$ref": "#/components/responses/Error"
     },
     "422": {
      "$ref": "#/components/responses/Error"
     },
     "503": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/s/{slug}": {
   "parameters": [
    {
     "name": "slug",
     "in": "path",
     "required": true,
     "schema": {
      "type": "string",
      "pattern": "^[a-z0-9][a-z0-9-]*(\\.vcf)?$"
     },
     "description": "The shop's slug (`demo`, `creperie-elodie`); `<slug>.vcf` gives its vCard"
    }
   ],
   "get": {
    "operationId": "shopPage",
    "summary": "A published shop's public page (or its vCard 4.0 for <slug>.vcf)",
    "responses": {
     "200": {
      "description": "The page, or the vCard",
      "content": {
       "text/html": {
        "schema": {
         "type": "string"
        }
       },
       "text/vcard": {
        "schema": {
         "type": "string"
        }
       }
      }
     },
     "304": {
      "description": "Not modified"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/s/{slug}/qr.svg": {
   "parameters": [
    {
     "name": "slug",
     "in": "path",
     "required": true,
     "schema": {
      "type": "string",
      "pattern": "^[a-z0-9][a-z0-9-]*(\\.vcf)?$"
     },
     "description": "The shop's slug (`demo`, `creperie-elodie`); `<slug>.vcf` gives its vCard"
    }
   ],
   "get": {
    "operationId": "shopQRCodeSVG",
    "summary": "QR code of the page (or of one of its links)",
    "parameters": [
     {
      "name": "for",
      "in": "query",
      "required": false,
      "schema": {
       "type": "string",
       "enum": [
        "page",
        "review",
        "facebook",
        "instagram",
        "website"
       ]
      },
      "description": "Which link the code leads to (default: the page)"
     },
     {
      "name": "ecc",
      "in": "query",
      "required": false,
      "schema": {
       "type": "string",
       "enum": [
        "L",
        "M",
        "Q",
        "H"
       ]
      },
      "description": "Error correction (default: setting qr_error_correction)"
     },
     {
      "name": "size",
      "in": "query",
      "required": false,
      "schema": {
       "type": "integer",
       "minimum": 1,
       "maximum": 40
      },
      "description": "Pixels per module (default: setting qr_module_pixels)"
     }
    ],
    "responses": {
     "200": {
      "description": "SVG image",
      "content": {
       "image/svg+xml": {
        "schema": {
         "type": "string"
        }
       }
      }
     },
     "304": {
      "description": "Not modified"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "422": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/s/{slug}/qr.png": {
   "parameters": [
    {
     "name": "slug",
     "in": "path",
     "required": true,
     "schema": {
      "type": "string",
      "pattern": "^[a-z0-9][a-z0-9-]*(\\.vcf)?$"
     },
     "description": "The shop's slug (`demo`, `creperie-elodie`); `<slug>.vcf` gives its vCard"
    }
   ],
   "get": {
    "operationId": "shopQRCodePNG",
    "summary": "QR code of the page (or of one of its links)",
    "parameters": [
     {
      "name": "for",
      "in": "query",
      "required": false,
      "schema": {
       "type": "string",
       "enum": [
        "page",
        "review",
        "facebook",
        "instagram",
        "website"
       ]
      },
      "description": "Which link the code leads to (default: the page)"
     },
     {
      "name": "ecc",
      "in": "query",
      "required": false,
      "schema": {
       "type": "string",
       "enum": [
        "L",
        "M",
        "Q",
        "H"
       ]
      },
      "description": "Error correction (default: setting qr_error_correction)"
     },
     {
      "name": "size",
      "in": "query",
      "required": false,
      "schema": {
       "type": "integer",
       "minimum": 1,
       "maximum": 40
      },
      "description": "Pixels per module (default: setting qr_module_pixels)"
     }
    ],
    "responses": {
     "200": {
      "description": "PNG image",
      "content": {
       "image/png": {
        "schema": {
         "type": "string"
        }
       }
      }
     },
     "304": {
      "description": "Not modified"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "422": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/s/{slug}/poster": {
   "parameters": [
    {
     "name": "slug",
     "in": "path",
     "required": true,
     "schema": {
      "type": "string",
      "pattern": "^[a-z0-9][a-z0-9-]*(\\.vcf)?$"
     },
     "description": "The shop's slug (`demo`, `creperie-elodie`); `<slug>.vcf` gives its vCard"
    }
   ],
   "get": {
    "operationId": "shopPoster",
    "summary": "Print-ready poster (CSS @page with the exact paper size)",
    "parameters": [
     {
      "name": "format",
      "in": "query",
      "required": false,
      "schema": {
       "type": "string",
       "enum": [
        "A4",
        "A5",
        "A6"
       ]
      },
      "description": "Paper size (default A4)"
     }
    ],
    "responses": {
     "200": {
      "description": "HTML page (no script; its own Content-Security-Policy)",
      "content": {
       "text/html": {
        "schema": {
         "type": "string"
        }
       }
      }
     },
     "304": {
      "description": "Not modified"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "422": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/d/{kiosk}": {
   "parameters": [
    {
     "name": "kiosk",
     "in": "path",
     "required": true,
     "schema": {
      "type": "string"
     },
     "description": "This kiosk's id (setting kiosk_id)"
    }
   ],
   "get": {
    "operationId": "directory",
    "summary": "Every shop published from this kiosk",
    "responses": {
     "200": {
      "description": "HTML page (no script; its own Content-Security-Policy)",
      "content": {
       "text/html": {
        "schema": {
         "type": "string"
        }
       }
      }
     },
     "304": {
      "description": "Not modified"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/d/{kiosk}/poster": {
   "parameters": [
    {
     "name": "kiosk",
     "in": "path",
     "required": true,
     "schema": {
      "type": "string"
     },
     "description": "This kiosk's id (setting kiosk_id)"
    }
   ],
   "get": {
    "operationId": "directoryPoster",
    "summary": "The directory's poster",
    "parameters": [
     {
      "name": "format",
      "in": "query",
      "required": false,
      "schema": {
       "type": "string",
       "enum": [
        "A4",
        "A5",
        "A6"
       ]
      },
      "description": "Paper size (default A4)"
     }
    ],
    "responses": {
     "200": {
      "description": "HTML page (no script; its own Content-Security-Policy)",
      "content": {
       "text/html": {
        "schema": {
         "type": "string"
        }
       }
      }
     },
     "304": {
      "description": "Not modified"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "422": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/d/{kiosk}/qr.svg": {
   "parameters": [
    {
     "name": "kiosk",
     "in": "path",
     "required": true,
     "schema": {
      "type": "string"
     },
     "description": "This kiosk's id (setting kiosk_id)"
    }
   ],
   "get": {
    "operationId": "directoryQRCodeSVG",
    "summary": "QR code of the directory",
    "parameters": [
     {
      "name": "for",
      "in": "query",
      "required": false,
      "schema": {
       "type": "string",
       "enum": [
        "page",
        "review",
        "facebook",
        "instagram",
        "website"
       ]
      },
      "description": "Which link the code leads to (default: the page)"
     },
     {
      "name": "ecc",
      "in": "query",
      "required": false,
      "schema": {
       "type": "string",
       "enum": [
        "L",
        "M",
        "Q",
        "H"
       ]
      },
      "description": "Error correction (default: setting qr_error_correction)"
     },
     {
      "name": "size",
      "in": "query",
      "required": false,
      "schema": {
       "type": "integer",
       "minimum": 1,
       "maximum": 40
      },
      "description": "Pixels per module (default: setting qr_module_pixels)"
     }
    ],
    "responses": {
     "200": {
      "description": "SVG image",
      "content": {
       "image/svg+xml": {
        "schema": {
         "type": "string"
        }
       }
      }
     },
     "304": {
      "description": "Not modified"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "422": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/d/{kiosk}/qr.png": {
   "parameters": [
    {
     "name": "kiosk",
     "in": "path",
     "required": true,
     "schema": {
      "type": "string"
     },
     "description": "This kiosk's id (setting kiosk_id)"
    }
   ],
   "get": {
    "operationId": "directoryQRCodePNG",
    "summary": "QR code of the directory",
    "parameters": [
     {
      "name": "for",
      "in": "query",
      "required": false,
      "schema": {
       "type": "string",
       "enum": [
        "page",
        "review",
        "facebook",
        "instagram",
        "website"
       ]
      },
      "description": "Which link the code leads to (default: the page)"
     },
     {
      "name": "ecc",
      "in": "query",
      "required": false,
      "schema": {
       "type": "string",
       "enum": [
        "L",
        "M",
        "Q",
        "H"
       ]
      },
      "description": "Error correction (default: setting qr_error_correction)"
     },
     {
      "name": "size",
      "in": "query",
      "required": false,
      "schema": {
       "type": "integer",
       "minimum": 1,
       "maximum": 40
      },
      "description": "Pixels per module (default: setting qr_module_pixels)"
     }
    ],
    "responses": {
     "200": {
      "description": "PNG image",
      "content": {
       "image/png": {
        "schema": {
         "type": "string"
        }
       }
      }
     },
     "304": {
      "description": "Not modified"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "422": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  }
 },
 "components": {
  "responses": {
   "Error": {
    "description": "Refused",
    "content": {
     "application/json": {
      "schema": {
       "$ref": "#/components/schemas/Error"
      }
     }
    }
   }
  },
  "schemas": {
   "Error": {
    "type": "object",
    "properties": {
     "error": {
      "type": "object",
      "properties": {
       "code": {
        "type": "string"
       },
       "message": {
        "type": "string"
       },
       "attemptsLeft": {
        "type": "integer",
        "description": "wrong_pin: attempts left before the code locks"
       },
       "retryAt": {
        "type": "string",
        "format": "date-time",
        "description": "locked: when to try again"
       }
      },
      "required": [
       "code",
       "message"
      ]
     }
    },
    "required": [
     "error"
    ]
   },
   "Health": {
    "type": "object",
    "properties": {
     "status": {
      "type": "string",
      "enum": [
       "ok",
       "starting"
      ]
     },
     "version": {
      "type": "string"
     }
    },
    "required": [
     "status",
     "version"
    ]
   },
   "Language": {
    "type": "string",
    "enum": [
     "fr",
     "en"
    ]
   },
   "LanguageChoice": {
    "type": "object",
    "properties": {
     "language": {
      "$ref": "#/components/schemas/Language"
     }
    },
    "required": [
     "language"
    ],
    "additionalProperties": false
   },
   "KioskInfo": {
    "type": "object",
    "properties": {
     "version": {
      "type": "string"
     },
     "languages": {
      "type": "array",
      "items": {
       "type": "string"
      }
     },
     "idleSeconds": {
      "type": "integer"
     },
     "countdownSeconds": {
      "type": "integer"
     },
     "receiptPrinter": {
      "type": "boolean"
     },
     "publicBaseURL": {
      "type": "string"
     },
     "publicAddress": {
      "type": "object",
      "properties": {
       "ready": {
        "type": "boolean",
        "description": "false while public_base_url is unset or loopback: show the demonstration banner; printing is refused"
       }
      },
      "required": [
       "ready"
      ]
     },
     "identity": {
      "type": "object",
      "properties": {
       "name": {
        "type": "string"
       },
       "shortName": {
        "type": "string"
       },
       "color": {
        "type": "string",
        "description": "#rrggbb, contrast ≥ 4.5 with white"
       },
       "logo": {
        "type": "string",
        "description": "path of the logo (SVG)"
       }
      },
      "required": [
       "name",
       "shortName",
       "color",
       "logo"
      ]
     }
    },
    "required": [
     "version",
     "languages",
     "idleSeconds",
     "countdownSeconds",
     "receiptPrinter",
     "publicBaseURL",
     "publicAddress",
     "identity"
    ]
   },
   "ShopDraft": {
    "type": "object",
    "properties": {
     "name": {
      "type": "string"
     },
     "trade": {
      "type": "string",
      "description": "id from GET /api/v1/trades"
     },
     "description": {
      "type": "string"
     },
     "street": {
      "type": "string"
     },
     "postcode": {
      "type": "string"
     },
     "city": {
      "type": "string"
     },
     "phone": {
      "type": "string",
      "description": "French number in any usual format"
     },
     "email": {
      "type": "string"
     },
     "website": {
      "type": "string"
     },
     "hours": {
      "type": "array",
      "items": {
       "type": "object",
       "properties": {
        "day": {
         "type": "integer",
         "description": "1 = Monday … 7 = Sunday"
        },
        "opens": {
         "type": "string",
         "description": "HH:MM"
        },
        "closes": {
         "type": "string",
         "description": "HH:MM (24:00 allowed)"
        }
       },
       "required": [
        "day",
        "opens",
        "closes"
       ],
       "additionalProperties": false
      }
     },
     "closures": {
      "type": "array",
      "items": {
       "type": "object",
       "properties": {
        "from": {
         "type": "string",
         "description": "YYYY-MM-DD"
        },
        "to": {
         "type": "string",
         "description": "YYYY-MM-DD"
        },
        "label": {
         "type": "string"
        }
       },
       "required": [
        "from",
        "to"
       ],
       "additionalProperties": false
      }
     },
     "facebook": {
      "type": "string"
     },
     "instagram": {
      "type": "string"
     },
     "googleReview": {
      "type": "string"
     },
     "services": {
      "type": "array",
      "items": {
       "type": "string"
      }
     },
     "accent": {
      "type": "string",
      "description": "#rrggbb, dark enough for white text"
     }
    },
    "required": [],
    "additionalProperties": false
   },
   "ShopState": {
    "type": "object",
    "properties": {
     "draft": {
      "$ref": "#/components/schemas/ShopDraft"
     },
     "problems": {
      "type": "array",
      "items": {
       "type": "object",
       "properties": {
        "field": {
         "type": "string",
         "description": "JSON path in the draft: phone, hours[2], closures[0].to"
        },
        "code": {
         "type": "string"
        },
        "message": {
         "type": "string"
        }
       },
       "required": [
        "field",
        "code",
        "message"
       ]
      }
     },
     "publishable": {
      "type": "boolean"
     },
     "slug": {
      "type": "string"
     },
     "published": {
      "type": "boolean"
     },
     "publishedAt": {
      "type": "string",
      "format": "date-time"
     },
     "links": {
      "type": "object",
      "properties": {
       "preview": {
        "type": "string"
       },
       "page": {
        "type": "string"
       },
       "localPage": {
        "type": "string"
       },
       "posters": {
        "type": "object",
        "additionalProperties": {
         "type": "string"
        }
       },
       "qr": {
        "type": "string"
       }
      },
      "required": [
       "preview"
      ]
     }
    },
    "required": [
     "draft",
     "problems",
     "publishable",
     "published",
     "links"
    ]
   },
   "Session": {
    "type": "object",
    "properties": {
     "id": {
      "type": "string",
      "format": "uuid"
     },
     "language": {
      "$ref": "#/components/schemas/Language"
     },
     "startedAt": {
      "type": "string",
      "format": "date-time"
     },
     "endedAt": {
      "type": "string",
      "format": "date-time"
     },
     "active": {
      "type": "boolean"
     }
    },
    "required": [
     "id",
     "language",
     "startedAt",
     "active"
    ]
   },
   "Diagnostic": {
    "type": "object",
    "properties": {
     "dimensions": {
      "type": "array",
      "items": {
       "type": "object",
       "properties": {
        "id": {
         "type": "string"
        },
        "name": {
         "type": "string"
        },
        "description": {
         "type": "string"
        }
       },
       "required": [
        "id",
        "name",
        "description"
       ]
      }
     },
     "questions": {
      "type": "array",
      "items": {
       "type": "object",
       "properties": {
        "id": {
         "type": "string"
        },
        "dimension": {
         "type": "string"
        },
        "text": {
         "type": "string"
        },
        "help": {
         "type": "string"
        },
        "answers": {
         "type": "array",
         "items": {
          "type": "object",
          "properties": {
           "id": {
            "type": "string"
           },
           "label": {
            "type": "string"
           }
          },
          "required": [
           "id",
           "label"
          ]
         }
        },
        "showIf": {
         "type": "object",
         "properties": {
          "question": {
           "type": "string"
          },
          "answers": {
           "type": "array",
           "items": {
            "type": "string"
           }
          }
         },
         "required": [
          "question",
          "answers"
         ],
         "description": "Ask only if that earlier question got one of these answers; otherwise skip it (an answer to it is ignored)"
        },
        "words": {
         "type": "integer",
         "description": "words of the text, help and answer labels"
        },
        "seconds": {
         "type": "integer",
         "description": "reading at 150 words a minute + 2 s for the tap, rounded up"
        }
       },
       "required": [
        "id",
        "dimension",
        "text",
        "answers",
        "words",
        "seconds"
       ]
      }
     },
     "estimate": {
      "type": "object",
      "properties": {
       "typicalSeconds": {
        "type": "integer",
        "description": "mean over the answer combinations that decide what is shown, help not read"
       },
       "longestSeconds": {
        "type": "integer",
        "description": "the path with the most reading, help included"
       }
      },
      "required": [
       "typicalSeconds",
       "longestSeconds"
      ]
     }
    },
    "required": [
     "dimensions",
     "questions",
     "estimate"
    ]
   },
   "RecommendedAction": {
    "type": "object",
    "properties": {
     "id": {
      "type": "string"
     },
     "dimension": {
      "type": "string"
     },
     "title": {
      "type": "string"
     },
     "text": {
      "type": "string"
     },
     "effort": {
      "type": "string"
     },
     "cost": {
      "type": "string",
      "enum": [
       "free",
       "low",
       "paid"
      ]
     },
     "action": {
      "type": "object",
      "properties": {
       "kind": {
        "type": "string",
        "enum": [
         "pageBuilder",
         "training",
         "advisor"
        ]
       },
       "training": {
        "type": "string"
       },
       "title": {
        "type": "string"
       },
       "minutes": {
        "type": "integer"
       }
      },
      "required": [
       "kind"
      ]
     },
     "offers": {
      "type": "array",
      "items": {
       "type": "object",
       "properties": {
        "id": {
         "type": "string"
        },
        "kind": {
         "type": "string"
        },
        "title": {
         "type": "string"
        },
        "text": {
         "type": "string"
        },
        "provider": {
         "type": "string"
        },
        "example": {
         "type": "boolean"
        }
       },
       "required": [
        "id",
        "kind",
        "title",
        "text",
        "provider"
       ]
      }
     }
    },
    "required": [
     "id",
     "dimension",
     "title",
     "text",
     "effort",
     "cost",
     "action",
     "offers"
    ]
   },
   "Level": {
    "type": "object",
    "properties": {
     "id": {
      "type": "string"
     },
     "name": {
      "type": "string"
     },
     "from": {
      "type": "integer"
     },
     "to": {
      "type": "integer"
     },
     "explanation": {
      "type": "string"
     }
    },
    "required": [
     "id",
     "name",
     "from",
     "to",
     "explanation"
    ]
   },
   "DiagnosticOutcome": {
    "type": "object",
    "properties": {
     "result": {
      "type": "object",
      "properties": {
       "overall": {
        "type": [
         "integer",
         "null"
        ],
        "minimum": 0,
        "maximum": 100
       },
       "level": {
        "$ref": "#/components/schemas/Level"
       },
       "answered": {
        "type": "integer"
       },
       "questionCount": {
        "type": "integer"
       },
       "dimensions": {
        "type": "array",
        "items": {
         "type": "object",
         "properties": {
          "dimension": {
           "type": "string"
          },
          "name": {
           "type": "string"
          },
          "weight": {
           "type": "integer"
          },
          "score": {
           "type": [
            "integer",
            "null"
           ],
           "minimum": 0,
           "maximum": 100
          },
          "level": {
           "$ref": "#/components/schemas/Level"
          },
          "answered": {
           "type": "integer"
          },
          "questionCount": {
           "type": "integer"
          }
         },
         "required": [
          "dimension",
          "name",
          "weight",
          "answered",
          "questionCount"
         ]
        }
       }
      },
      "required": [
       "answered",
       "questionCount",
       "dimensions"
      ]
     },
     "priorities": {
      "type": "array",
      "maxItems": 3,
      "items": {
       "$ref": "#/components/schemas/RecommendedAction"
      },
      "description": "The actions the answers call for, most useful first"
     },
     "more": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/RecommendedAction"
      },
      "description": "The other actions, shown on demand"
     }
    },
    "required": [
     "result",
     "priorities",
     "more"
    ]
   },
   "TrainingSummary": {
    "type": "object",
    "properties": {
     "id": {
      "type": "string"
     },
     "title": {
      "type": "string"
     },
     "summary": {
      "type": "string"
     },
     "minutes": {
      "type": "integer"
     }
    },
    "required": [
     "id",
     "title",
     "summary",
     "minutes"
    ]
   },
   "Training": {
    "type": "object",
    "properties": {
     "id": {
      "type": "string"
     },
     "title": {
      "type": "string"
     },
     "summary": {
      "type": "string"
     },
     "minutes": {
      "type": "integer"
     },
     "steps": {
      "type": "array",
      "items": {
       "type": "object",
       "properties": {
        "title": {
         "type": "string"
        },
        "text": {
         "type": "string"
        }
       },
       "required": [
        "title",
        "text"
       ]
      }
     },
     "quiz": {
      "type": "object",
      "properties": {
       "passMark": {
        "type": "integer"
       },
       "questions": {
        "type": "array",
        "items": {
         "type": "object",
         "properties": {
          "id": {
           "type": "string"
          },
          "text": {
           "type": "string"
          },
          "choices": {
           "type": "array",
           "items": {
            "type": "object",
            "properties": {
             "id": {
              "type": "string"
             },
             "label": {
              "type": "string"
             }
            },
            "required": [
             "id",
             "label"
            ]
           }
          }
         },
         "required": [
          "id",
          "text",
          "choices"
         ]
        }
       }
      },
      "required": [
       "passMark",
       "questions"
      ]
     }
    },
    "required": [
     "id",
     "title",
     "summary",
     "minutes",
     "steps",
     "quiz"
    ]
   },
   "QuizResult": {
    "type": "object",
    "properties": {
     "training": {
      "type": "string"
     },
     "correct": {
      "type": "integer"
     },
     "total": {
      "type": "integer"
     },
     "passMark": {
      "type": "integer"
     },
     "passed": {
      "type": "boolean"
     }
    },
    "required": [
     "training",
     "correct",
     "total",
     "passMark",
     "passed"
    ]
   },
   "Passport": {
    "type": "object",
    "properties": {
     "diagnostic": {
      "type": "object",
      "properties": {
       "overall": {
        "type": "integer"
       },
       "level": {
        "$ref": "#/components/schemas/Level"
       },
       "at": {
        "type": "string",
        "format": "date-time"
       }
      },
      "required": [
       "overall",
       "at"
      ]
     },
     "trainings": {
      "type": "array",
      "items": {
       "type": "object",
       "properties": {
        "training": {
         "type": "string"
        },
        "title": {
         "type": "string"
        },
        "at": {
         "type": "string",
         "format": "date-time"
        }
       },
       "required": [
        "training",
        "title",
        "at"
       ]
      }
     },
     "pagePublished": {
      "type": "string",
      "format": "date-time"
     },
     "posterPrinted": {
      "type": "string",
      "format": "date-time"
     },
     "advisorRequested": {
      "type": "string",
      "format": "date-time"
     },
     "resumeCode": {
      "type": "string"
     },
     "consent": {
      "type": "object",
      "properties": {
       "purposes": {
        "type": "array",
        "items": {
         "type": "string"
        }
       },
       "hub": {
        "type": "boolean"
       },
       "at": {
        "type": "string",
        "format": "date-time"
       }
      },
      "required": [
       "purposes",
       "hub",
       "at"
      ]
     }
    },
    "required": [
     "trainings"
    ]
   },
   "PrivacyNotice": {
    "type": "object",
    "properties": {
     "controller": {
      "type": "string"
     },
     "legalBasis": {
      "type": "string"
     },
     "purposes": {
      "type": "array",
      "items": {
       "type": "object",
       "properties": {
        "id": {
         "type": "string",
         "enum": [
          "callback",
          "publish",
          "newsletter"
         ]
        },
        "label": {
         "type": "string"
        },
        "description": {
         "type": "string"
        }
       },
       "required": [
        "id",
        "label",
        "description"
       ]
      }
     },
     "recipients": {
      "type": "string"
     },
     "retention": {
      "type": "string"
     },
     "rights": {
      "type": "string"
     },
     "optionalFields": {
      "type": "string"
     },
     "paragraphs": {
      "type": "array",
      "items": {
       "type": "string"
      }
     },
     "noticeHash": {
      "type": "string"
     }
    },
    "required": [
     "controller",
     "legalBasis",
     "purposes",
     "recipients",
     "retention",
     "rights",
     "optionalFields",
     "paragraphs",
     "noticeHash"
    ]
   },
   "GiveConsent": {
    "type": "object",
    "properties": {
     "purposes": {
      "type": "array",
      "items": {
       "type": "string",
       "enum": [
        "callback",
        "publish",
        "newsletter"
       ]
      }
     },
     "hub": {
      "type": "boolean"
     },
     "noticeHash": {
      "type": "string",
      "description": "noticeHash of the notice shown (GET /api/v1/privacy)"
     },
     "pin": {
      "type": "string",
      "pattern": "^[0-9]{4,6}$"
     }
    },
    "required": [
     "purposes",
     "hub",
     "noticeHash",
     "pin"
    ],
    "additionalProperties": false
   },
   "ChangeConsent": {
    "type": "object",
    "properties": {
     "purposes": {
      "type": "array",
      "items": {
       "type": "string",
       "enum": [
        "callback",
        "publish",
        "newsletter"
       ]
      }
     },
     "hub": {
      "type": "boolean"
     },
     "noticeHash": {
      "type": "string"
     },
     "pin": {
      "type": "string",
      "pattern": "^[0-9]{4,6}$",
      "description": "the owner's PIN, confirming the change"
     }
    },
    "required": [
     "purposes",
     "hub",
     "noticeHash",
     "pin"
    ],
    "additionalProperties": false
   },
   "ConsentGiven": {
    "type": "object",
    "properties": {
     "resumeCode": {
      "type": "string"
     },
     "purposes": {
      "type": "array",
      "items": {
       "type": "string"
      }
     },
     "hub": {
      "type": "boolean"
     }
    },
    "required": [
     "resumeCode",
     "purposes",
     "hub"
    ]
   },
   "Resume": {
    "type": "object",
    "properties": {
     "code": {
      "type": "string",
      "description": "Resume code, e.g. K7WX-3MQ9"
     },
     "pin": {
      "type": "string",
      "pattern": "^[0-9]{4,6}$"
     }
    },
    "required": [
     "code",
     "pin"
    ],
    "additionalProperties": false
   },
   "AdvisorRequest": {
    "type": "object",
    "properties": {
     "name": {
      "type": "string",
      "minLength": 2,
      "maxLength": 80
     },
     "phone": {
      "type": "string",
      "description": "French number, e.g. 06 12 34 56 78"
     },
     "topic": {
      "type": "string",
      "enum": [
       "website",
       "social",
       "online-sales",
       "payment",
       "invoicing",
       "security",
       "other"
      ]
     },
     "preferredTime": {
      "type": "string",
      "enum": [
       "morning",
       "afternoon",
       "any"
      ]
     }
    },
    "required": [
     "name",
     "phone",
     "topic",
     "preferredTime"
    ],
    "additionalProperties": false
   }
  }
 }
}
"""#
}
