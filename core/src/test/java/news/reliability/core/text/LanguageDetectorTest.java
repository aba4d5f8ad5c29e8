package news.reliability.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LanguageDetectorTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("en", "The regional operator said on Tuesday that it will buy new trains for the valley lines, "
                        + "which have been waiting for years."),
                Arguments.of("de", "Der Betreiber hat am Dienstag angekündigt, dass er neue Züge für die Strecken im Tal "
                        + "kaufen wird, die seit Jahren auf Ersatz warten."),
                Arguments.of("fr", "L'opérateur régional a annoncé mardi qu'il achètera de nouveaux trains pour les lignes "
                        + "de la vallée, qui attendent depuis des années."),
                Arguments.of("es", "El operador regional anunció el martes que comprará nuevos trenes para las líneas del "
                        + "valle, que esperan desde hace años."),
                Arguments.of("it", "L'operatore regionale ha annunciato martedì che acquisterà nuovi treni per le linee "
                        + "della valle, che sono in attesa da anni."),
                Arguments.of("nl", "De regionale vervoerder heeft dinsdag aangekondigd dat hij nieuwe treinen voor de "
                        + "lijnen in het dal gaat kopen."),
                Arguments.of("zh", "地区铁路运营商周二宣布将为山谷线路购买新列车，这些线路多年来一直在等待更换。"),
                Arguments.of("ja", "地域の鉄道会社は火曜日、谷の路線のために新しい列車を購入すると発表しました。"),
                Arguments.of("ru", "Региональный оператор во вторник объявил, что купит новые поезда для линий в долине."),
                Arguments.of("ar", "أعلن المشغل الإقليمي يوم الثلاثاء أنه سيشتري قطارات جديدة لخطوط الوادي."),
                Arguments.of("und", "Trains!"),
                Arguments.of("und", ""),
                Arguments.of("und", "12345 67890 !!! ??? ... $$$ %%% 2026-03-10"),
                Arguments.of("und", "Zxqv brmpt klorf snatch grebly wumpf trillox quandrel bistrof"));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void tellsTheLanguage(String expected, String text) {
        assertEquals(expected, new LanguageDetector().detect(text));
    }
}
