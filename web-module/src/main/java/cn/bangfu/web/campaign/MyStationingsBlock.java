package cn.bangfu.web.campaign;

import cn.bangfu.campaign.boundary.Stationings;
import cn.bangfu.campaign.entity.StationingData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The "本单位驻企干部" block of a unit user's home page: the cadres his unit has stationed now or soon, with target and period. */
@Named
@RequestScoped
public class MyStationingsBlock {

    @Inject
    Stationings stationings;

    private List<StationingData> list;

    public List<StationingData> getStationings() {
        if (list == null) {
            list = stationings.mine();
        }
        return list;
    }
}
