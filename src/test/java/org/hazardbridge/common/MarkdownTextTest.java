package org.hazardbridge.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void writesHtmlAsEntities() {
        assertThat(MarkdownText.escape("<img src=x onerror=\"a\">&"))
                .isEqualTo("&lt;img src=x onerror=&quot;a&quot;&gt;&amp;");
    }

    @Test
    void escapesLinksImagesAndEmphasis() {
        assertThat(MarkdownText.escape("![i](http://x) [点我](http://x) **粗** _斜_ ${7*7}"))
                .isEqualTo("\\!\\[i\\]\\(http://x\\) \\[点我\\]\\(http://x\\) \\*\\*粗\\*\\* \\_斜\\_ "
                        + "$\\{7\\*7\\}");
    }

    @Test
    void leavesChineseTextAlone() {
        assertThat(MarkdownText.escape("太浦河吴江段，氨氮超标。")).isEqualTo("太浦河吴江段，"
                + "氨氮超标。");
        assertThat(MarkdownText.escape(null)).isEmpty();
    }
}
