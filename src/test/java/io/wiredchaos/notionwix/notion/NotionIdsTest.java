package io.wiredchaos.notionwix.notion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NotionIdsTest {

  private static final String ID = "248104cd-477e-80fd-b757-e945d38000bd";

  @Test
  void acceptsIdsWithOrWithoutDashesAndUrls() {
    assertThat(NotionIds.normalize(ID)).isEqualTo(ID);
    assertThat(NotionIds.normalize("248104CD477E80FDB757E945D38000BD")).isEqualTo(ID);
    assertThat(NotionIds.normalize(" https://www.notion.so/team/Blog-posts-248104cd477e80fdb757e945d38000bd"
        + "?v=99999999aaaabbbbccccddddeeeeffff&pvs=4 ")).isEqualTo(ID);
    assertThat(NotionIds.normalize("https://app.notion.com/p/" + ID)).isEqualTo(ID);
  }

  @Test
  void rejectsWhatIsNotAnId() {
    assertThatThrownBy(() -> NotionIds.normalize("https://www.notion.so/team/Blog-posts"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Blog-posts").hasMessageContaining("32 hex digits");
    assertThatThrownBy(() -> NotionIds.normalize("248104cd477e80fdb757e945d38000b"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NotionIds.normalize(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
