"""Aggregation by denominators reproduces the rates HCP publishes for regions."""

import pytest

from ess_observatory_plugin.core import aggregation, census
from ess_observatory_plugin.core.aggregation import aggregate_value
from ess_observatory_plugin.core.catalogue import load_catalogue

RATES = ["unemployment_rate", "unemployment_rate_women", "activity_rate", "activity_rate_women",
         "illiteracy_rate", "illiteracy_rate_women", "schooling_rate", "cooperative_member_share",
         "electricity_access", "running_water_access", "public_sewer_access", "paved_road_distance_rural"]


@pytest.fixture(scope="module")
def census_tables(qgis_app):
    return census.CensusTables()


@pytest.fixture(scope="module")
def commune_rows(census_tables):
    return census.commune_indicator_rows(census_tables, load_catalogue())


@pytest.fixture(scope="module")
def compared(census_tables, commune_rows):
    catalogue = load_catalogue()
    aggregated = aggregation.aggregate(commune_rows, census_tables.communes, "region")
    published = census.published_values(census_tables, "region", catalogue)
    merged = aggregated.merge(published, on=["code", "indicator", "period"], suffixes=("", "_hcp"))
    plain = aggregation.plain_mean(commune_rows, census_tables.communes, "region").rename("plain_mean")
    merged = merged.join(plain, on=["code", "indicator", "period"])
    return merged


def test_twelve_regions_compared(compared):
    for indicator in RATES:
        assert compared[compared["indicator"] == indicator]["code"].nunique() == 12, indicator


@pytest.mark.parametrize("indicator", RATES)
def test_region_rates_match_hcp(compared, indicator):
    rows = compared[compared["indicator"] == indicator]
    worst = (rows["value"] - rows["value_hcp"]).abs().max()
    assert worst <= 0.3, f"{indicator}: max gap {worst:.3f} points"


@pytest.mark.parametrize("indicator", ["unemployment_rate", "activity_rate", "illiteracy_rate",
                                       "electricity_access", "running_water_access", "cooperative_member_share"])
def test_plain_mean_misses_hcp(compared, indicator):
    rows = compared[compared["indicator"] == indicator]
    worst = (rows["plain_mean"] - rows["value_hcp"]).abs().max()
    assert worst > 0.3, f"{indicator}: a plain mean lands within {worst:.3f} points"


@pytest.mark.parametrize("indicator", ["households", "population_15_plus", "weekly_souks",
                                       "non_profit_establishments", "establishments", "business_jobs"])
def test_region_counts_match_hcp(compared, indicator):
    rows = compared[compared["indicator"] == indicator]
    assert (rows["value"] - rows["value_hcp"]).abs().max() < 1, indicator


def test_national_population_is_sum_of_communes(census_tables, commune_rows):
    national = aggregation.aggregate(commune_rows, census_tables.communes, "country")
    population = national[(national["indicator"] == "population") & (national["period"] == "2024")]
    assert population["value"].iloc[0] == census_tables.communes["population_2024"].sum()


def test_ratio_weights_by_denominator():
    # Two communes: 10 % of 1,000 actives and 50 % of 100 actives.
    numerator = 0.10 * 1000 + 0.50 * 100
    denominator = 1000 + 100
    assert aggregate_value("ratio", numerator, denominator) == pytest.approx(13.636, abs=1e-3)
    assert aggregate_value("sum", 7, None) == 7
    assert aggregate_value("weighted_mean", 2.0 * 30 + 4.0 * 10, 40) == pytest.approx(2.5)
    assert aggregate_value("ratio", 5, 0) is None


def test_growth_aggregates_as_ratio_of_sums(census_tables, commune_rows):
    regions = aggregation.aggregate(commune_rows, census_tables.communes, "region")
    growth = regions[(regions["indicator"] == "population_growth") & (regions["code"] == "04")].iloc[0]
    communes = census_tables.communes[census_tables.communes["region_code"] == "04"].dropna(subset=["population_2014"])
    expected = 100 * (communes["population_2024"].sum() - communes["population_2014"].sum()) \
        / communes["population_2014"].sum()
    assert growth["value"] == pytest.approx(expected)
