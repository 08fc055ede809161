"""Issue 3, definitions 2.13 (types round 12): unarmed groups in a clash are rioters; a protest's cause is no event.

ACLED's codebook: Battles need two organised armed sides, so churchgoers, students, traders or a party's supporters
who clash (with each other or with police) are Riots, a violent demonstration when a protest is named and mob
violence otherwise. A note about a protest that names the harm it answers ("protested after bandits raided their
village") reports the protest: ACLED codes the main event, and the raid is an earlier one. A force that harms a
motorcyclist or a cameraman acts on unarmed people (Violence against civilians); lethal fire while people protested
is Excessive force against protesters unless the crowd itself was violent. Our own sentences about invented
incidents.
"""

from __future__ import annotations

from crosstally.extract._model import apply_definitions, harm_only_in_grievance, one_sided


def test_unarmed_groups_that_clash_are_mob_violence_not_a_battle() -> None:
    for text in ("On 4 June 2018, two groups of worshippers clashed in Kakamega over the leadership of a church.",
                 "On 4 June 2018, supporters of two ward aspirants clashed at a market in Homa Bay.",
                 "On 4 June 2018, police clashed with a group of boda boda riders at a stage in Nakuru."):
        assert apply_definitions(text, "Battles", "Armed clash") == ("Riots", "Mob violence"), text


def test_unarmed_groups_that_clash_at_a_protest_are_a_violent_demonstration() -> None:
    text = "On 4 June 2018, demonstrators and supporters of the governor clashed outside the county offices in Embu."
    assert apply_definitions(text, "Battles", "Armed clash") == ("Riots", "Violent demonstration")


def test_a_clash_with_arms_or_an_armed_group_stays_a_battle() -> None:
    for text in ("On 4 June 2018, supporters of two clans clashed near Moyale using guns; two were killed.",
                 "On 4 June 2018, traders and youths armed with machetes and arrows fought in Kuria.",
                 "On 4 June 2018, students clashed with bandits who had raided a school in Baringo."):
        assert apply_definitions(text, "Battles", "Armed clash") == ("Battles", "Armed clash"), text


def test_a_protest_over_a_raid_is_a_protest() -> None:
    text = "On 9 July 2020, herders in Lokichar protested after raiders attacked their homesteads and took cattle."
    assert harm_only_in_grievance(text)
    assert apply_definitions(text, "Violence against civilians", "Attack") == ("Protests", "Peaceful protest")
    lead = ("On 9 July 2020, following the shooting of a shopkeeper by unknown gunmen, traders in Wajir closed their "
            "stalls and marched to the county commissioner's office in protest. Police dispersed them with teargas.")
    assert apply_definitions(lead, "Violence against civilians", "Attack") == ("Protests",
                                                                             "Protest with intervention")


def test_a_protest_whose_own_acts_are_violent_keeps_its_label() -> None:
    for text in ("On 9 July 2020, residents of Ahero protested after police shot a man, blocking the highway with "
                 "burning tyres.",
                 "On 9 July 2020, residents of Ahero protested after a trader was killed, and police shot two of "
                 "them dead."):
        assert not harm_only_in_grievance(text), text
        assert apply_definitions(text, "Riots", "Violent demonstration") == ("Riots", "Violent demonstration")


def test_harm_after_the_protest_is_the_events_own() -> None:
    text = "On 9 July 2020, police shot dead a man in Ahero after residents protested over water shortages."
    assert not harm_only_in_grievance(text)


def test_a_force_that_harms_a_motorcyclist_or_a_cameraman_is_one_sided() -> None:
    for text in ("On 2 March 2021, police officers shot dead a sand harvester on the banks of the Athi river.",
                 "On 2 March 2021, an officer enforcing the curfew shot a motorcyclist in Siaya town.",
                 "On 2 March 2021, county officers beat a cameraman who was filming a demolition in Nakuru."):
        assert one_sided(text), text
        assert apply_definitions(text, "Battles", "Armed clash") == ("Violence against civilians", "Attack"), text


def test_lethal_fire_while_people_protested_is_excessive_force() -> None:
    text = "On 8 August 2017, police shot dead a man in Kondele as opposition supporters protested the poll results."
    assert apply_definitions(text, "Violence against civilians", "Attack") == ("Protests",
                                                                             "Excessive force against protesters")
    stones = ("On 8 August 2017, police shot dead a man in Kondele as opposition supporters protested the poll "
              "results, hurling stones at officers.")
    assert apply_definitions(stones, "Riots", "Violent demonstration") == ("Riots", "Violent demonstration")
