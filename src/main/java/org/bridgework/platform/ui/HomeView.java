package org.bridgework.platform.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.bridgework.platform.HomeCard;
import org.bridgework.security.CurrentUser;

import java.util.Comparator;
import java.util.List;

@Route("")
@Menu(order = 0, icon = "vaadin:home", title = "platform.menu.home")
@PermitAll
class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(CurrentUser currentUser, List<HomeCard> cards) {
        var user = currentUser.require();
        add(new H1(getTranslation("platform.home.hello", user.displayName())));
        var mine = cards.stream().filter(c -> c.isFor(user)).sorted(Comparator.comparingInt(HomeCard::order)).toList();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("platform.home.use-the-menu")));
            return;
        }
        var grid = new FlexLayout();
        grid.addClassName("home-cards");
        grid.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        mine.forEach(c -> grid.add(c.create(user)));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("platform.home.title");
    }
}
