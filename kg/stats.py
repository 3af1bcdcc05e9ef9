"""Summary counts of a built graph, computed with SPARQL."""

from __future__ import annotations

import pyoxigraph as ox

from kg import query as q

STATS = (
    ("papers", "SELECT (COUNT(?p) AS ?papers) WHERE { ?p a kg:Paper }"),
    (
        "entities by kind (in the vocabulary / mentioned by a paper)",
        """SELECT ?kind (COUNT(DISTINCT ?e) AS ?in_vocabulary) (COUNT(DISTINCT ?m) AS ?mentioned) WHERE {
          VALUES ?kind { kg:Technique kg:HardwarePlatform kg:Benchmark kg:Model }
          ?e a ?kind . OPTIONAL { ?p kg:mentions ?e . BIND(?e AS ?m) } } GROUP BY ?kind ORDER BY ?kind""",
    ),
    ("links", """SELECT (COUNT(*) AS ?paper_entity_links) WHERE { ?p kg:mentions ?e }"""),
    (
        "mentions (evidence) by match method",
        """SELECT ?method (COUNT(?m) AS ?mentions) WHERE { ?m a kg:Mention ; kg:matchMethod ?method }
           GROUP BY ?method ORDER BY DESC(?mentions)""",
    ),
    (
        "most-mentioned entities",
        """SELECT ?entity ?label (COUNT(?p) AS ?papers) WHERE { ?p kg:mentions ?entity . ?entity skos:prefLabel ?label }
        GROUP BY ?entity ?label ORDER BY DESC(?papers) ?label LIMIT 15""",
    ),
)


def graph_stats(store: ox.Store) -> list[tuple[str, q.QueryResult]]:
    """(title, result) for each summary query."""
    return [(title, q.run(store, text)) for title, text in STATS]
