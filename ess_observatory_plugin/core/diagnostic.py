"""Regional diagnostic: the tables that compare a territory with the nation.

For a region or a province it computes:

- a summary: each indicator of the territory beside the national value and
  the territory's rank among the 12 regions (or among all provinces);
- its communes and its provinces, with every indicator;
- a needs ranking of its communes by the needs index below;
- the infrastructure gaps: communes below the national level, by indicator.

Needs index: each needs indicator of the catalogue (unemployment, women's
activity, illiteracy and women's illiteracy, schooling, electricity, running
water, distance of rural households to a paved road) is oriented so that a
higher value means more need, then scaled from 0 (least need among the
1,503 communes of Morocco) to 100 (most need). The index is the mean of the
scaled indicators a commune has, so scores compare across territories.
"""

from dataclasses import dataclass, field
from datetime import date

from . import database
from .catalogue import load_catalogue
from .territory import resolve_territory


@dataclass
class Diagnostic:
    territory: object
    language: str
    database_path: str
    summary: object
    communes: object
    provinces: object
    needs: object
    gaps: object
    national: dict
    ranked_among: int
    estimated_communes: list = field(default_factory=list)
    produced_on: str = field(default_factory=lambda: date.today().isoformat())


def _wide(rows):
    return rows.pivot_table(index="code", columns="indicator", values="value", aggfunc="first")


def rank_of(values, code, polarity):
    """Rank ``code`` among ``values`` (a Series by code): 1 is the best.

    The best is the highest value for an indicator where higher is better or
    neutral, the lowest where higher is worse.
    """
    values = values.dropna()
    if code not in values.index:
        return None
    ascending = polarity < 0
    ranks = values.rank(ascending=ascending, method="min")
    return int(ranks[code])


def needs_components(commune_wide, catalogue):
    """Scale each needs indicator of all communes to 0-100, higher meaning more need."""
    import pandas as pd

    components = pd.DataFrame(index=commune_wide.index)
    for indicator in catalogue.values():
        if not indicator.needs or indicator.code not in commune_wide.columns:
            continue
        values = commune_wide[indicator.code].astype("float64")
        oriented = values if indicator.polarity < 0 else -values
        low, high = oriented.min(), oriented.max()
        if high > low:
            components[indicator.code] = 100.0 * (oriented - low) / (high - low)
    return components


def needs_index(commune_wide, catalogue):
    """Return the needs index (0-100) and the number of indicators it averages."""
    components = needs_components(commune_wide, catalogue)
    return components.mean(axis=1, skipna=True), components.notna().sum(axis=1), components


def compute_diagnostic(database_path, territory_code, language="fr", feedback=None):
    """Compute every table of the regional diagnostic of one territory."""
    catalogue = load_catalogue()
    tables = database.territories(database_path)
    territory = resolve_territory(database_path, territory_code, tables=tables)

    all_communes = tables["commune"].set_index("code")
    commune_rows = database.indicator_values(database_path, level="commune", period=database.DEFAULT_PERIOD)
    commune_wide = _wide(commune_rows).reindex(all_communes.index)
    estimated = sorted(set(commune_rows.loc[commune_rows["quality"] == "estimated", "code"]))
    _progress(feedback, 20)

    index, index_count, components = needs_index(commune_wide, catalogue)
    column = "region_code" if territory.level == "region" else "province_code"
    in_territory = all_communes[all_communes[column] == territory.code].index

    national_rows = database.indicator_values(database_path, level="country", period=database.DEFAULT_PERIOD)
    national = dict(zip(national_rows["indicator"], national_rows["value"]))
    peer_level = territory.level
    peer_rows = database.indicator_values(database_path, level=peer_level, period=database.DEFAULT_PERIOD)
    peers = _wide(peer_rows)
    _progress(feedback, 40)

    summary = _summary(territory, peers, national, catalogue, language)
    communes = _communes_table(all_communes.loc[in_territory], commune_wide.loc[in_territory],
                               index.loc[in_territory], tables["province"])
    provinces = _provinces_table(database_path, territory, tables["province"], catalogue)
    needs = _needs_table(communes, components.loc[in_territory], index_count.loc[in_territory])
    gaps = _gaps_table(communes, commune_wide.loc[in_territory], national, catalogue, language)
    _progress(feedback, 60)

    return Diagnostic(
        territory=territory,
        language=language,
        database_path=database_path,
        summary=summary,
        communes=communes,
        provinces=provinces,
        needs=needs,
        gaps=gaps,
        national=national,
        ranked_among=len(peers.index),
        estimated_communes=[c for c in estimated if c in set(in_territory)],
    )


def _progress(feedback, value):
    if feedback is not None:
        feedback.setProgress(value)


def _summary(territory, peers, national, catalogue, language):
    import pandas as pd

    rows = []
    for indicator in catalogue.values():
        if indicator.code not in peers.columns:
            continue
        value = peers[indicator.code].get(territory.code)
        rows.append({
            "indicator": indicator.code,
            "label": indicator.label(language),
            "unit": indicator.unit,
            "value": value,
            "national": national.get(indicator.code),
            "difference": None if indicator.aggregation == "sum" or value is None
            else value - national.get(indicator.code, float("nan")),
            "rank": rank_of(peers[indicator.code], territory.code, indicator.polarity),
            "polarity": indicator.polarity,
        })
    return pd.DataFrame(rows)


def _communes_table(communes, values, index, provinces):
    province_names = provinces.set_index("code")[["name_fr", "name_ar"]]
    table = communes[["name_fr", "name_ar", "type", "province_code"]].copy()
    table["province_fr"] = table["province_code"].map(province_names["name_fr"])
    table["province_ar"] = table["province_code"].map(province_names["name_ar"])
    table = table.join(values)
    table["needs_index"] = index
    table.index.name = "code"
    return table.reset_index().sort_values("code").reset_index(drop=True)


def _provinces_table(database_path, territory, provinces, catalogue):
    rows = database.indicator_values(database_path, level="province", period=database.DEFAULT_PERIOD)
    codes = provinces.loc[provinces["region_code"] == territory.region_code, "code"] \
        if territory.level == "region" else [territory.code]
    rows = rows[rows["code"].isin(set(codes))]
    table = provinces.set_index("code").loc[list(codes), ["name_fr", "name_ar", "type"]].join(_wide(rows))
    ordered = ["name_fr", "name_ar", "type"] + [c for c in catalogue if c in table.columns]
    table = table[ordered]
    table.index.name = "code"
    return table.reset_index()


def _needs_table(communes, components, index_count):
    table = communes[["code", "name_fr", "name_ar", "province_fr", "province_ar", "population", "needs_index"]].copy()
    table = table.set_index("code").join(components.add_prefix("need_")).reset_index()
    table["indicators_used"] = table["code"].map(index_count)
    table = table.sort_values("needs_index", ascending=False, na_position="last").reset_index(drop=True)
    table.insert(0, "rank", range(1, len(table) + 1))
    return table


def _gaps_table(communes, values, national, catalogue, language):
    """List, for each infrastructure indicator with a direction, the communes worse than the nation."""
    import pandas as pd

    rows = []
    names = communes.set_index("code")
    for indicator in catalogue.values():
        if indicator.unit_code != "infrastructure" or indicator.aggregation == "sum":
            continue
        reference = national.get(indicator.code)
        if reference is None or indicator.code not in values.columns:
            continue
        for code, value in values[indicator.code].dropna().items():
            gap = value - reference
            worse = gap < 0 if indicator.polarity > 0 else gap > 0
            if not worse:
                continue
            rows.append({
                "indicator": indicator.code,
                "label": indicator.label(language),
                "code": code,
                "name_fr": names.at[code, "name_fr"],
                "name_ar": names.at[code, "name_ar"],
                "value": value,
                "national": reference,
                "gap": gap,
                "unit": indicator.unit,
            })
    table = pd.DataFrame(rows, columns=["indicator", "label", "code", "name_fr", "name_ar", "value",
                                        "national", "gap", "unit"])
    if table.empty:
        return table
    table["severity"] = table["gap"].abs()
    return table.sort_values(["indicator", "severity"], ascending=[True, False]).drop(columns="severity") \
        .reset_index(drop=True)
