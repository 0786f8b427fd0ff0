"""specdrift: where openapi.yaml and the upstream disagree.

Compares our hand-written spec against an upstream OpenAPI document (YAML or JSON, a path or an
https URL) or against upstream documentation pages saved as text, and reports each difference
per operation, with a JSON pointer on both sides, a class, and whether it breaks the client.

    python -m tools.specdrift upstream PATH_OR_URL [--format text|json|markdown]
    python -m tools.specdrift docs DIR_OR_PAGE... [--fail-on breaking|any|none]

Modules, one job each: load (read a document), refs (pointers and $ref resolution), schema
(structural comparison along the reference graph), compare (operations, servers, security),
docs (read a documentation page into a partial OpenAPI document), render (text, JSON,
Markdown), cli (arguments and exit codes), synthetic (a large spec for tests and timings).
"""
