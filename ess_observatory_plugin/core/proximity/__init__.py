"""Microcredit proximity: how close target populations are to microcredit branches.

Modules, one concept each:

- supply: branch points, their capacity, institution and illustrative flag;
- demand: demand points with their target population (commune points or
  population raster cells) and the communes they belong to;
- distances: straight-line ellipsoidal distances (WGS 84);
- network: distances or travel times along a road network;
- accessibility: enhanced two-step floating catchment (E2SFCA) scores;
- coverage: distance bands, Gini index and Lorenz curve;
- siting: greedy maximal coverage for new branches;
- typology: underserved rule and the access-by-needs typology;
- analysis: runs the steps above in order;
- workbook and report: the Excel workbook and the PDF map report.
"""
