package org.hazardbridge.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void dropsPathsSoANameCannotPointOutsideItsCase() {
        assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.clean("C:\\\\temp\\\\现场.jpg")).isEqualTo("现场.jpg");
    }

    @Test
    void dropsControlAndFormatCharacters() {
        assertThat(FileNames.clean("照\u0000片\r\n\u202e.png")).isEqualTo("照片.png");
    }

    @Test
    void neverLeavesAnEmptyOrHiddenName() {
        assertThat(FileNames.clean("...")).isEqualTo("附件");
        assertThat(FileNames.clean(null)).isEqualTo("附件");
        assertThat(FileNames.clean(".hidden.pdf")).isEqualTo("hidden.pdf");
    }

    @Test
    void keepsLongNamesWithinTwoHundredCharactersKeepingTheExtension() {
        assertThat(FileNames.clean("a".repeat(300) + ".pdf")).hasSize(200).endsWith(".pdf");
    }

}
