/// The OpenAPI 3.1 description of the kiosk's HTTP API, served at `/api/v1/openapi.json`.
/// Kept in the binary (no file to lose); `KioskTests` checks it against the router.
enum OpenAPIDocument {
    static let json = #"""
{
  "openapi": "3.1.0",
  "info": {
    "title": "Vitrine kiosk API",
    "version": "\#(Version.current)",
    "description": "JSON API of the Vitrine kiosk. Errors are {\"error\":{\"code\",\"message\"}}; inputs are validated and refused with a 4xx naming the field.",
    "license": { "name": "AGPL-3.0-or-later", "identifier": "AGPL-3.0-or-later" }
  },
  "servers": [ { "url": "/" } ],
  "paths": {
    "/healthz": {
      "get": {
        "operationId": "health",
        "summary": "Liveness and readiness",
        "responses": {
          "200": { "description": "Ready", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Health" } } } },
          "503": { "description": "Starting or stopping", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Health" } } } }
        }
      }
    },
    "/api/v1/openapi.json": {
      "get": {
        "operationId": "openapi",
        "summary": "This document",
        "responses": { "200": { "description": "The OpenAPI document", "content": { "application/json": { "schema": { "type": "object" } } } } }
      }
    },
    "/api/v1/sessions": {
      "post": {
        "operationId": "startSession",
        "summary": "Start a visitor session (ends any other open one)",
        "requestBody": {
          "required": true,
          "content": { "application/json": { "schema": { "$ref": "#/components/schemas/StartSession" } } }
        },
        "responses": {
          "201": { "description": "Started", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Session" } } } },
          "400": { "$ref": "#/components/responses/Error" },
          "413": { "$ref": "#/components/responses/Error" },
          "415": { "$ref": "#/components/responses/Error" },
          "422": { "$ref": "#/components/responses/Error" },
          "503": { "$ref": "#/components/responses/Error" }
        }
      }
    },
    "/api/v1/sessions/{id}": {
      "parameters": [
        { "name": "id", "in": "path", "required": true, "schema": { "type": "string", "format": "uuid" } }
      ],
      "get": {
        "operationId": "getSession",
        "summary": "A visitor session",
        "responses": {
          "200": { "description": "The session", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Session" } } } },
          "404": { "$ref": "#/components/responses/Error" },
          "422": { "$ref": "#/components/responses/Error" },
          "503": { "$ref": "#/components/responses/Error" }
        }
      },
      "delete": {
        "operationId": "endSession",
        "summary": "End a visitor session (idle reset or 'Terminer')",
        "responses": {
          "204": { "description": "Ended" },
          "404": { "$ref": "#/components/responses/Error" },
          "422": { "$ref": "#/components/responses/Error" },
          "503": { "$ref": "#/components/responses/Error" }
        }
      }
    }
  },
  "components": {
    "responses": {
      "Error": { "description": "Refused", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } }
    },
    "schemas": {
      "Error": {
        "type": "object",
        "required": ["error"],
        "properties": {
          "error": {
            "type": "object",
            "required": ["code", "message"],
            "properties": { "code": { "type": "string" }, "message": { "type": "string" } }
          }
        }
      },
      "Health": {
        "type": "object",
        "required": ["status", "version"],
        "properties": { "status": { "type": "string", "enum": ["ok", "starting"] }, "version": { "type": "string" } }
      },
      "Language": { "type": "string", "enum": ["fr", "en"] },
      "StartSession": {
        "type": "object",
        "required": ["language"],
        "properties": { "language": { "$ref": "#/components/schemas/Language" } }
      },
      "Session": {
        "type": "object",
        "required": ["id", "language", "startedAt", "active"],
        "properties": {
          "id": { "type": "string", "format": "uuid" },
          "language": { "$ref": "#/components/schemas/Language" },
          "startedAt": { "type": "string", "format": "date-time" },
          "endedAt": { "type": "string", "format": "date-time" },
          "active": { "type": "boolean" }
        }
      }
    }
  }
}
"""#
}
