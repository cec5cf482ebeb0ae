package dev.sitrep.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/// A screen's line for what went wrong (a failed load, a refused change): shown, with a warning sign,
/// only while its view model reports a problem, and taking no room otherwise.
public final class ProblemLabel extends Label {

    public ProblemLabel(ObservableStringValue problem, String styleClass) {
        getStyleClass().add(styleClass);
        setGraphic(new FontIcon(Material2MZ.WARNING));
        setWrapText(true);
        textProperty().bind(problem);
        visibleProperty().bind(textProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
