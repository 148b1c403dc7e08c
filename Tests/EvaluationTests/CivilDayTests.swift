import Testing
@testable import Evaluation

@Suite("civil days")
struct CivilDayTests {
    @Test("ISO dates round-trip through day numbers; weekdays and invalid dates")
    func roundTrip() {
        #expect(CivilDay.parse("1970-01-01") == 0)
        #expect(CivilDay.parse("2009-12-07") == 14585)
        #expect(CivilDay.parse("2010-07-12 00:00:00") == CivilDay.parse("2010-07-12"))
        #expect(CivilDay.text(14585) == "2009-12-07")
        #expect(CivilDay.weekday(14585) == 1) // a Monday
        #expect(CivilDay.parse("2011-02-29") == nil)
        #expect(CivilDay.parse("2012-02-29") != nil)
        #expect(CivilDay.parse("12/07/2009") == nil)
        #expect(CivilDay.parse("2010-07-12 10:00:00") == nil)
        for day in stride(from: -800_000, to: 800_000, by: 997) {
            #expect(CivilDay.parse(CivilDay.text(day)) == day || day < -719_162) // years before 0001 print oddly
        }
    }
}
