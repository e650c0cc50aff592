"""Claim extraction: every number an article asserts, as a canonical record fact-checkers can compare.

Public API (what the pipeline calls):

* ``extract_quantities(text)`` reads one text into quantity records (value in base units, range or bound,
  unit, change, hedge, exact span);
* ``extract_claims(articles)`` turns articles into ``Claims`` rows (subject, metric, period, forecast,
  attribution, clustering key);
* ``cluster_claims(claims)`` compares the claims of the whole corpus into ``ClaimClusters`` rows.

One concern per module: ``numbers`` (digits, number words, scales), ``units`` (unit lexicon and dimensions),
``quantities`` (reading a text), ``ranges`` (joining numbers), ``filters`` (numbers that are not claims),
``context`` (hedges, bounds, direction, forecasts), ``sentences``, ``metrics`` (metric lexicon), ``periods``,
``subjects``, ``attribution``, ``extract`` (claim rows) and ``clusters`` (corpus-wide comparison in SQL).
Pure Python plus DuckDB; no model downloads.
"""

from pipeline.claims.clusters import cluster_claims
from pipeline.claims.extract import extract_claims
from pipeline.claims.quantities import extract_quantities

__all__ = ["cluster_claims", "extract_claims", "extract_quantities"]
