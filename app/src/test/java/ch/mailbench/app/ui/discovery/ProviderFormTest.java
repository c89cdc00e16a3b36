package ch.mailbench.app.ui.discovery;

import ch.mailbench.core.model.Provider;
import ch.mailbench.core.model.ProviderServer;
import ch.mailbench.core.model.UsernameFormat;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The provider form offers every user name format the model has, and keeps a provider's assigned user name. */
class ProviderFormTest {

    private final DiscoveryTexts texts = new DiscoveryTexts(Locale.ENGLISH);

    @Test
    void anAssignedUserNameIsKeptWhenEditing() {
        Provider shared = new Provider("alpine", "Alpine Hosting", List.of("alpine-client.ch"), List.of(),
                List.of(ProviderServer.parse("IMAP imap.alpine-hosting.test 993 SSL_TLS")), UsernameFormat.custom("kunde-4711"),
                false, "", Provider.Origin.OWN);

        ProviderForm form = ProviderForm.forEdit(shared, texts);

        assertThat(form.usernameKind()).isEqualTo(UsernameFormat.Kind.CUSTOM);
        assertThat(form.toProvider().usernameFormat()).isEqualTo(UsernameFormat.custom("kunde-4711"));
    }

    @Test
    void anAssignedUserNameMustBeTypedIn() {
        ProviderForm form = ProviderForm.forNew(texts);
        form.setKey("alpine");
        form.setName("Alpine Hosting");
        form.setServers("IMAP imap.alpine-hosting.test 993 SSL_TLS");
        form.setUsernameKind(UsernameFormat.Kind.CUSTOM);

        assertThat(form.error(ProviderForm.CUSTOM_USERNAME)).contains("Enter the user name the provider assigns");

        form.setCustomUsername("kunde-4711");
        assertThat(form.isValid()).isTrue();
        assertThat(form.toProvider().usernameFormat()).isEqualTo(UsernameFormat.custom("kunde-4711"));
        form.setUsernameKind(UsernameFormat.Kind.LOCAL_PART);
        assertThat(form.toProvider().usernameFormat()).isEqualTo(UsernameFormat.LOCAL_PART);
    }
}
