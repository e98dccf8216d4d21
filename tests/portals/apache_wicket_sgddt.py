"""Sở Giáo dục và Đào tạo tỉnh Hà Giang: a vendor's Java portal on Apache Wicket 6 (blind fixture).

Platform
    A provincial education portal a vendor built in Java on Apache Wicket 6.x, deployed in
    DEVELOPMENT mode by mistake: every component keeps its ``wicket:id`` attribute, panels keep
    their ``<wicket:panel>`` / ``<wicket:container>`` / ``<wicket:message>`` tags, the DebugBar of
    wicket-devutils sits in the footer, and a missing resource key prints Wicket's warning text.
    Links are rendered the Wicket 6 way: *relative to the current request URL* (``./``,
    ``../chi-tiet/…``, ``../../../upload/…``). Without a session cookie every request is a fresh
    session, so the stateful listener URLs always read ``?0-1.ILinkListener-…``.

URL scheme
    ``/``                                             HomePage (mounted)
    ``/tin-tuc/danh-muc/<cat>``                       NewsListPage, page 1
    ``/tin-tuc/danh-muc/<cat>?page=<N>``              the same, page N (bookmarkable)
    ``/tin-tuc/danh-muc/<cat>?0-1.ILinkListener-newsPanel-pager-<link>[&page=<N>]``
                                                      PagingNavigator listener: 302 to ``?page=N``
    ``/tin-tuc/chi-tiet/<id>/<slug>``                 ChiTietTinPage (article); ``?<version>``
                                                      (``?3``) serves the same page
    ``/wicket/bookmarkable/vn.gov.hagiang.sgddt.web.pages.ChiTietTinPage?id=<id>``
                                                      the same page under Wicket's class URL
    ``/?0-1.ILinkListener-pnlXemNhieu-dsTin-<i>-lnkTin``  "Tin xem nhiều" Link: 302 to the article
    ``/tin-tuc/chi-tiet/<id>/<slug>?0-1.IResourceListener-pnlDinhKem-dsTep-0-lnkTai``  attachment
    ``/van-ban``, ``/van-ban/chi-tiet/<id>/<slug>``   documents (not articles)
    ``/lich-cong-tac``, ``/gioi-thieu``, ``/lien-he``, ``/thu-vien-anh``, ``/thu-vien-anh/album/…``

Page templates
    Every page: BasePage with header panel (h1 = the site's name, today "Thứ Bảy, 05/12/2026",
    menu with drop-downs, a search form posting to a Wicket IFormSubmitListener), left sidebar
    (links, visitor counter, poll form), footer with address and the Wicket DebugBar.
    Article: breadcrumb, box header "Chi tiết tin" in ``<h2>``, headline in
    ``<h3 class="tdct" wicket:id="lblTieuDe">``, info bar (date as Java's vi_VN DateFormat prints
    it, "Cập nhật", "Lượt xem"), a workflow bar (Người tạo / Người duyệt / Tác giả), the sapo
    Label (bold, outside the text), the text (``wicket:id="lblNoiDung"``), the source panel,
    attachments, tools and "Các tin khác" (three newest of the category).

How each gold article is reached
    Home "Tin mới" lists the five newest (4836, 4833, 4830, 4827, 4824); the home slider links
    4821 and 4815 with a page version (``?3``, ``?5``); the home "Tin xem nhiều" panel links five
    articles through ILinkListener URLs that answer 302. Category listings (page size 4):
    Tin tức - Sự kiện (4836 4830 4821 4815 | page 2: 4806 4800, bookmarkable ``?page=2``),
    Hoạt động ngành (4833 4824 4818 4809 | page 2: 4803, reached only through the listener
    pager), Thông báo (4827 4812). 4806, 4800 and 4803 are reachable only via page 2.

Traps
    1. Wicket 6 relative URLs: links and images are printed relative to the request URL
       (``./tin-tuc/chi-tiet/…`` on the home, ``../chi-tiet/4836/…`` on a listing,
       ``../../4830/…`` and ``../../../upload/tintuc/…`` on an article, ``../../tin-tuc/…`` on the
       ``/wicket/bookmarkable/…`` page). Gold image paths are the resolved absolute paths.
    2. The headline is in neither ``<h1>`` (the site's name, on every page) nor ``<title>``
       (constant "Chi tiết tin tức | Sở GD&ĐT Hà Giang") nor ``<h2>`` (box header "Chi tiết tin");
       it is the ``<h3 class="tdct">`` Label. Gold title = that Label.
    3. Dates as Java's vi_VN DateFormat prints them: time before the day ("16:20 04/12/2026",
       "15:45:00 27-11-2026"), the FULL form with the month in words and the zone abbreviation
       ("14:00:00 ICT Thứ tư, ngày 18 tháng mười một năm 2026", "Thứ năm, ngày 03 tháng mười
       hai năm 2026" -> the day alone), midnight "00:00 20/11/2026" -> the day alone; the
       "Cập nhật" time beside it and the header's today are never the date.
    4. Workflow bar "Người tạo: sgddt_bientap | Người duyệt: Lê Văn Hùng | Tác giả: …": only
       "Tác giả" names an author (degrees and "- Phòng GDTrH" dropped); the approver and the
       CMS account are nobody; an empty "Tác giả:" means no author (4821).
    5. A missing resource key in development mode: the source panel reads
       "[Warning: Property for 'lbl.nguon' not found]: Báo Hà Giang" -> source "Báo Hà Giang";
       the warning is not body.
    6. One post under several URLs: the mounted URL, the same with a Wicket page version
       (``?3``/``?5`` from the slider) and Wicket's class URL
       ``/wicket/bookmarkable/…ChiTietTinPage?id=4818`` (a "Xem thêm:" link in 4830) all serve the
       article -> alt_paths; the "Tin xem nhiều" ILinkListener links answer 302 to the mounted URL.
    7. Listener pagination in "Hoạt động ngành": PagingNavigator hrefs are
       ``?0-1.ILinkListener-newsPanel-pager-navigation-1-pageLink`` (and -next, -last, -first,
       -prev with ``&page=N``) answering 302 to ``?page=N``; the current page is a disabled link
       without href; 4803 is only there.
    8. Captions three ways: a second table row, a Wicket ``lblMoTa`` div under an image served
       from ``wicket/resource/…-ver-<ts>.jpg``, a centered ``<em>`` line in parentheses (taken off);
       an image whose only text is its ``alt`` (the headline) has no caption; "Ảnh: Giàng Seo Hoa"
       alone credits a photographer (caption None).
    9. Development-mode leftovers around the text: ``<wicket:panel>``, ``<wicket:container>``,
       ``<wicket:message key="…">Chi tiết tin</wicket:message>``, the DebugBar ("Wicket 6.20.0 |
       Page: ChiTietTinPage | Session: 4.1 KB") and the AJAX "Thích" link's script: chrome, not body.
    10. A MultiLineLabel text (4809): plain text printed as ``<p>`` with ``<br/>`` for single line
       breaks -> each line a paragraph.
    11. Official notice (4827) in letterhead form, posted "10:40 01/12/2026": date is the
       letterhead's day 2026-11-30, the signer Đỗ Hồng Quang is the author, the attachment line
       (an IResourceListener URL serving a PDF) is not body.

Gold decisions on ambiguous points
    - The mounted URL without version is the path and canonical_path (``og:url`` prints it); the
      version and class-URL variants are alt_paths. Listener URLs that only redirect are not.
    - The bold ``lblTomTat`` Label is the sapo (summary and first body paragraph); articles
      without it have summary null.
    - Table rows in the text are paragraphs with cells joined by " | "; a heading in the text is
      a paragraph; list items are paragraphs.
    - "Xem thêm: <link>" lines, "Tin, ảnh: …"/"Tin: … - Ảnh: …" bylines and a right-aligned unit
      signature are not body.
    - The notice's posting time in the info bar is ignored for the letterhead's day.
"""

from __future__ import annotations

import html as _html
import posixpath
import re
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "apache_wicket_sgddt"
PLATFORM = "Apache Wicket 6 (Java vendor portal, development mode)"
START_PATH = "/"

HEADER_TODAY = "Thứ Bảy, 05/12/2026"
BOOKMARKABLE = "/wicket/bookmarkable/vn.gov.hagiang.sgddt.web.pages.ChiTietTinPage"
RES = "/wicket/resource"
VER = "ver-1764831600000"
PAGE_SIZE = 4

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-nganh": "Hoạt động ngành",
    "thong-bao": "Thông báo",
}
#: categories whose pager prints Wicket listener URLs instead of ``?page=N``
LISTENER_PAGER = {"hoat-dong-nganh"}


def _wf(creator: str, approver: str, author: str) -> dict:
    return {"workflow": (creator, approver, author)}


# --- the thirteen articles ----------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=4836,
        slug="trien-khai-nhiem-vu-chuyen-doi-so-trong-cac-co-so-giao-duc-nam-hoc-2026-2027",
        title="Triển khai nhiệm vụ chuyển đổi số trong các cơ sở giáo dục năm học 2026-2027",
        cat="tin-tuc-su-kien",
        published_at="2026-12-04T16:20:00+07:00",
        summary=(
            "Chiều 04/12, Sở GD&ĐT Hà Giang tổ chức hội nghị trực tuyến triển khai nhiệm vụ chuyển "
            "đổi số trong các cơ sở giáo dục, kết nối tới 11 điểm cầu huyện, thành phố."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Phát biểu khai mạc, đồng chí Lê Văn Hùng, Giám đốc Sở GD&ĐT nhấn mạnh: chuyển đổi số "
                "là nhiệm vụ trọng tâm, xuyên suốt của toàn ngành trong năm học 2026-2027."
            ),
            Img(
                "/upload/tintuc/2026/12/4836-hoi-nghi.jpg",
                "Quang cảnh hội nghị tại điểm cầu Sở GD&ĐT.",
                "Quang cảnh hội nghị tại điểm cầu Sở GD&ĐT.",
                style="tbl",
            ),
            P("Ba nhóm nhiệm vụ trọng tâm", "h"),
            P("Hoàn thiện cơ sở dữ liệu ngành đến từng học sinh, giáo viên;", "li"),
            P("Triển khai học bạ số ở 100% trường tiểu học trên địa bàn tỉnh;", "li"),
            P("Bồi dưỡng kỹ năng số cho đội ngũ cán bộ quản lý và giáo viên.", "li"),
            P(
                "Hội nghị cũng dành thời gian thảo luận về những khó khăn của các trường vùng cao khi "
                "đường truyền Internet tại nhiều điểm trường lẻ còn chưa ổn định."
            ),
        ],
        authors=["Hoàng Thị Mai"],
        opts={
            "date": "16:20 04/12/2026",
            "updated": "08:02 05/12/2026",
            **_wf("sgddt_bientap", "Lê Văn Hùng", "Hoàng Thị Mai"),
        },
    ),
    Story(
        id=4833,
        slug="truong-ptdtbt-thcs-lung-cu-to-chuc-ngay-hoi-van-hoa-cac-dan-toc",
        title="Trường PTDTBT THCS Lũng Cú tổ chức Ngày hội văn hóa các dân tộc",
        cat="hoat-dong-nganh",
        published_at="2026-12-03",
        blocks=[
            P(
                "Sáng 03/12, Trường Phổ thông Dân tộc bán trú THCS Lũng Cú, huyện Đồng Văn tổ chức Ngày "
                "hội văn hóa các dân tộc với sự tham gia của hơn 400 học sinh."
            ),
            P(
                "Các em học sinh người Mông, Lô Lô, Dao đã trình diễn trang phục truyền thống, thi gói "
                "bánh chưng, làm bánh tam giác mạch và biểu diễn các tiết mục khèn Mông."
            ),
            Img(
                "/upload/tintuc/2026/12/4833-trang-phuc.jpg",
                "Học sinh trình diễn trang phục dân tộc Lô Lô.",
                "Học sinh trình diễn trang phục dân tộc Lô Lô.",
                style="em",
            ),
            P(
                "Thầy giáo Lù Văn Chính, Hiệu trưởng nhà trường cho biết ngày hội nhằm giáo dục học "
                "sinh giữ gìn bản sắc văn hóa, đồng thời tạo sân chơi bổ ích sau những giờ học căng thẳng."
            ),
            Img(
                "/upload/tintuc/2026/12/4833-khen-mong.jpg",
                "Tiết mục múa khèn của học sinh lớp 8A.",
                "Tiết mục múa khèn của học sinh lớp 8A.",
                style="em",
            ),
            Raw('<p style="text-align:right"><strong>Tin, ảnh: Vàng Mí Sử</strong></p>'),
        ],
        authors=["Vàng Mí Sử"],
        photographers=["Vàng Mí Sử"],
        opts={"date": "Thứ năm, ngày 03 tháng mười hai năm 2026", **_wf("truong_lungcu", "Lê Văn Hùng", "")},
    ),
    Story(
        id=4830,
        slug="hoi-nghi-giao-ban-cong-tac-giao-duc-dan-toc-cac-huyen-vung-cao-phia-bac",
        title="Hội nghị giao ban công tác giáo dục dân tộc các huyện vùng cao phía Bắc",
        cat="tin-tuc-su-kien",
        published_at="2026-12-01T09:05:00+07:00",
        summary=(
            "Ngày 01/12, tại huyện Yên Minh, Sở GD&ĐT tổ chức hội nghị giao ban công tác giáo dục dân "
            "tộc học kỳ I năm học 2026-2027 của bốn huyện vùng cao phía Bắc."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo báo cáo, toàn bộ bốn huyện Đồng Văn, Mèo Vạc, Yên Minh, Quản Bạ hiện có 58 trường "
                "phổ thông dân tộc bán trú với gần 21 nghìn học sinh ở bán trú."
            ),
            P("Huyện | Số trường PTDTBT | Học sinh bán trú", "tr"),
            P("Đồng Văn | 17 | 6.120", "tr"),
            P("Mèo Vạc | 16 | 5.870", "tr"),
            P("Yên Minh | 14 | 5.030", "tr"),
            P("Quản Bạ | 11 | 3.760", "tr"),
            P(
                "Hội nghị thống nhất tiếp tục tăng cường tiếng Việt cho trẻ mầm non người dân tộc thiểu "
                "số và nâng cao chất lượng bữa ăn bán trú trong mùa đông."
            ),
            Raw(
                '<p><em>Xem thêm: <a href="{rel:' + BOOKMARKABLE + '?id=4818}">Phòng Giáo dục Dân tộc '
                "kiểm tra việc dạy tiếng Mông tại huyện Đồng Văn</a></em></p>"
            ),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={"date": "09:05 01/12/2026", **_wf("sgddt_bientap", "Lê Văn Hùng", "ThS. Nguyễn Thị Thu Hà")},
    ),
    Story(
        id=4827,
        slug="thong-bao-tuyen-dung-vien-chuc-giao-vien-nam-2026",
        title="Thông báo tuyển dụng viên chức giáo viên năm 2026",
        cat="thong-bao",
        published_at="2026-11-30",
        blocks=[
            Raw(
                '<table width="100%" style="border:none"><tr>'
                '<td style="text-align:center;width:40%">UBND TỈNH HÀ GIANG<br/><b>SỞ GIÁO DỤC VÀ ĐÀO TẠO</b>'
                "<br/>Số: 2417/TB-SGDĐT</td>"
                '<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br/>'
                "<b>Độc lập - Tự do - Hạnh phúc</b><br/><i>Hà Giang, ngày 30 tháng 11 năm 2026</i></td>"
                "</tr></table>"
                '<p style="text-align:center"><b>THÔNG BÁO</b></p>'
                '<p style="text-align:center"><b>Về việc tuyển dụng viên chức giáo viên năm 2026</b></p>'
            ),
            P(
                "Căn cứ Kế hoạch số 318/KH-UBND ngày 15/10/2026 của UBND tỉnh Hà Giang về tuyển dụng "
                "viên chức ngành giáo dục năm 2026, Sở Giáo dục và Đào tạo thông báo như sau:"
            ),
            P(
                "1. Chỉ tiêu tuyển dụng: 146 giáo viên, trong đó 62 giáo viên mầm non, 51 giáo viên tiểu "
                "học và 33 giáo viên trung học cơ sở."
            ),
            P(
                "2. Thời gian nhận phiếu đăng ký dự tuyển: từ ngày 01/12/2026 đến hết ngày 30/12/2026, "
                "trong giờ hành chính các ngày làm việc."
            ),
            P("3. Địa điểm nhận phiếu: Văn phòng Sở GD&ĐT, số 56 đường Nguyễn Trãi, thành phố Hà Giang."),
            Raw(
                '<table width="100%" style="border:none"><tr>'
                '<td style="width:50%;vertical-align:top"><b><i>Nơi nhận:</i></b><br/>- UBND tỉnh (b/c);'
                "<br/>- Sở Nội vụ;<br/>- Cổng TTĐT Sở;<br/>- Lưu: VT, TCCB.</td>"
                '<td style="text-align:center;vertical-align:top"><b>KT. GIÁM ĐỐC<br/>PHÓ GIÁM ĐỐC</b>'
                "<br/><br/><i>(Đã ký)</i><br/><br/><b>Đỗ Hồng Quang</b></td></tr></table>"
            ),
        ],
        authors=["Đỗ Hồng Quang"],
        opts={
            "date": "10:40 01/12/2026",
            "attachment": "2417-TB-SGDDT-tuyen-dung-2026.pdf",
            **_wf("vanphong_so", "Đỗ Hồng Quang", ""),
        },
    ),
    Story(
        id=4824,
        slug="doan-cong-tac-bo-gd-dt-kiem-tra-cong-tac-ban-tru-tai-huyen-meo-vac",
        title="Đoàn công tác Bộ GD&ĐT kiểm tra công tác bán trú tại huyện Mèo Vạc",
        cat="hoat-dong-nganh",
        published_at="2026-11-27T15:45:00+07:00",
        summary=(
            "Từ ngày 25 đến 27/11, đoàn công tác của Vụ Giáo dục Dân tộc, Bộ GD&ĐT đã kiểm tra công "
            "tác tổ chức nuôi dưỡng học sinh bán trú tại huyện Mèo Vạc."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đoàn đã đến thăm Trường PTDTBT Tiểu học Pả Vi, Trường PTDTBT THCS Xín Cái và kiểm tra "
                "bếp ăn, khu nội trú, nguồn nước sinh hoạt của học sinh."
            ),
            Img(
                f"{RES}/vn.gov.hagiang.sgddt.web.pages.ChiTietTinPage/anh/4824-xin-cai-{VER}.jpg",
                "Đoàn công tác kiểm tra bếp ăn bán trú Trường PTDTBT THCS Xín Cái.",
                "Đoàn công tác kiểm tra bếp ăn bán trú Trường PTDTBT THCS Xín Cái.",
                style="wicket",
            ),
            P(
                "Đoàn ghi nhận sự cố gắng của các nhà trường trong việc bảo đảm bữa ăn đủ dinh dưỡng, "
                "đồng thời đề nghị địa phương sớm bố trí kinh phí sửa chữa phòng ở cho học sinh."
            ),
            Raw('<p style="text-align:right"><b>Tin: Lý Thị Dung - Ảnh: Sùng Mí Chá</b></p>'),
        ],
        authors=["Lý Thị Dung"],
        photographers=["Sùng Mí Chá"],
        opts={"date": "15:45:00 27-11-2026", "updated": "16:02:11 27-11-2026", **_wf("sgddt_bientap", "Lê Văn Hùng", "")},
    ),
    Story(
        id=4821,
        slug="ha-giang-co-126-hoc-sinh-dat-giai-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12",
        title="Hà Giang có 126 học sinh đạt giải kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12",
        cat="tin-tuc-su-kien",
        published_at="2026-11-24T08:00:00+07:00",
        blocks=[
            P(
                "Sở GD&ĐT vừa công bố kết quả kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học "
                "2026-2027, toàn tỉnh có 126 học sinh đạt giải trên tổng số 512 thí sinh dự thi."
            ),
            Img("/upload/tintuc/2026/11/4821-hsg.jpg", None, None, style="alt"),
            P(
                "Trường THPT Chuyên Hà Giang dẫn đầu với 71 giải, trong đó có 6 giải Nhất ở các môn "
                "Toán, Hóa học, Ngữ văn và Tiếng Anh."
            ),
            P(
                "Căn cứ kết quả này, Sở sẽ thành lập đội tuyển dự thi chọn học sinh giỏi quốc gia vào "
                "tháng 01/2027."
            ),
        ],
        source="Báo Hà Giang",
        opts={
            "date": "08:00 24/11/2026",
            "source_line": "warn",
            "version": 3,
            **_wf("sgddt_bientap", "Lê Văn Hùng", ""),
        },
    ),
    Story(
        id=4818,
        slug="phong-giao-duc-dan-toc-kiem-tra-viec-day-tieng-mong-tai-huyen-dong-van",
        title="Phòng Giáo dục Dân tộc kiểm tra việc dạy tiếng Mông tại huyện Đồng Văn",
        cat="hoat-dong-nganh",
        published_at="2026-11-20",
        blocks=[
            P(
                "Trong hai ngày 18 và 19/11, Phòng Giáo dục Dân tộc, Sở GD&ĐT kiểm tra việc dạy học "
                "tiếng Mông cho cán bộ, công chức tại các xã Sủng Là, Phố Cáo, huyện Đồng Văn."
            ),
            P(
                "Qua kiểm tra, các lớp học được duy trì đều đặn, học viên tích cực tham gia; tuy nhiên tài "
                "liệu học tập còn thiếu, một số lớp chưa có thiết bị trình chiếu."
            ),
            P(
                "Phòng đề nghị Phòng GD&ĐT huyện phối hợp với Trung tâm GDNN-GDTX bổ sung tài liệu và "
                "tổ chức kiểm tra cuối khóa đúng kế hoạch."
            ),
            Raw('<p style="text-align:right"><b><i>Phòng Giáo dục Dân tộc</i></b></p>'),
        ],
        authors=["Phòng Giáo dục Dân tộc"],
        opts={"date": "00:00 20/11/2026", **_wf("phong_gddt", "Lê Văn Hùng", "")},
    ),
    Story(
        id=4815,
        slug="khai-mac-hoi-khoe-phu-dong-tinh-ha-giang-lan-thu-xi",
        title="Khai mạc Hội khỏe Phù Đổng tỉnh Hà Giang lần thứ XI",
        cat="tin-tuc-su-kien",
        published_at="2026-11-18T14:00:00+07:00",
        summary=(
            "Chiều 18/11, tại Sân vận động tỉnh, Hội khỏe Phù Đổng tỉnh Hà Giang lần thứ XI năm 2026 "
            "chính thức khai mạc với gần 1.200 vận động viên của 11 đoàn."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các vận động viên sẽ tranh tài ở 9 môn thi đấu gồm điền kinh, bơi, cầu lông, bóng bàn, "
                "cờ vua, đá cầu, bóng đá, võ cổ truyền và kéo co."
            ),
            Img(
                "/upload/tintuc/2026/11/4815-dieu-hanh.jpg",
                "(Vận động viên các đoàn diễu hành qua lễ đài.)",
                "Vận động viên các đoàn diễu hành qua lễ đài.",
                style="em",
            ),
            P(
                "Hội khỏe Phù Đổng là dịp để đánh giá kết quả giáo dục thể chất trong nhà trường, đồng "
                "thời tuyển chọn vận động viên tham dự Hội khỏe Phù Đổng toàn quốc năm 2028."
            ),
        ],
        authors=["Trần Minh Đức"],
        source="Cổng TTĐT tỉnh Hà Giang",
        opts={
            "date": "14:00:00 ICT Thứ tư, ngày 18 tháng mười một năm 2026",
            "source_line": "plain",
            "version": 5,
            **_wf("sgddt_bientap", "Lê Văn Hùng", "Trần Minh Đức"),
        },
    ),
    Story(
        id=4812,
        slug="thong-bao-lich-nghi-tet-duong-lich-2027-doi-voi-can-bo-giao-vien",
        title="Thông báo lịch nghỉ Tết Dương lịch 2027 đối với cán bộ, giáo viên",
        cat="thong-bao",
        published_at="2026-11-12T07:30:00+07:00",
        blocks=[
            P(
                "Thực hiện hướng dẫn của UBND tỉnh, Văn phòng Sở GD&ĐT thông báo lịch nghỉ Tết Dương "
                "lịch năm 2027 đối với cán bộ, giáo viên trong toàn ngành như sau:"
            ),
            P("👉 Cán bộ, công chức cơ quan Sở nghỉ từ ngày 01/01/2027 đến hết ngày 03/01/2027."),
            P("👉 Giáo viên, học sinh nghỉ theo kế hoạch thời gian năm học đã ban hành."),
            P(
                "Các đơn vị bố trí lịch trực bảo đảm an ninh, an toàn trường học và báo cáo về Văn phòng "
                "Sở trước ngày 25/12/2026."
            ),
            Raw('<p style="text-align:right"><strong>Văn phòng Sở</strong></p>'),
        ],
        authors=["Văn phòng Sở"],
        opts={"date": "07:30 12/11/2026", **_wf("vanphong_so", "Đỗ Hồng Quang", "")},
    ),
    Story(
        id=4809,
        slug="huyen-quan-ba-ra-quan-xoa-mu-chu-cho-nguoi-dan-vung-cao",
        title="Huyện Quản Bạ ra quân xóa mù chữ cho người dân vùng cao",
        cat="hoat-dong-nganh",
        published_at="2026-11-05",
        blocks=[
            P("Ngày 05/11, Phòng GD&ĐT huyện Quản Bạ tổ chức lễ ra quân mở 24 lớp xóa mù chữ năm 2026."),
            P("Các lớp học được mở tại 13 xã, thị trấn với hơn 600 học viên."),
            P(
                "Học viên chủ yếu là phụ nữ người Mông, Dao trong độ tuổi từ 15 đến 60, học vào buổi tối "
                "tại các điểm trường thôn bản."
            ),
            P("Giáo viên dạy các lớp là giáo viên tiểu học tình nguyện của các nhà trường trên địa bàn."),
        ],
        authors=["Hoàng Văn Páo"],
        opts={
            "date": "Thứ năm, ngày 05 tháng mười một năm 2026",
            "multiline": [[0, 1], [2], [3]],
            "bottom_author": "Hoàng Văn Páo",
            **_wf("pgd_quanba", "Lê Văn Hùng", ""),
        },
    ),
    Story(
        id=4806,
        slug="nghiem-thu-sang-kien-kinh-nghiem-cap-nganh-nam-2026",
        title="Nghiệm thu sáng kiến kinh nghiệm cấp ngành năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-10-28T10:15:00+07:00",
        summary="Hội đồng khoa học ngành giáo dục tỉnh vừa tổ chức nghiệm thu 214 sáng kiến kinh nghiệm năm 2026.",
        sapo_outside=True,
        blocks=[
            P(
                "Các sáng kiến tập trung vào đổi mới phương pháp dạy học theo Chương trình giáo dục phổ "
                "thông 2018, công tác chủ nhiệm và quản lý học sinh bán trú."
            ),
            P("Kết quả, 187 sáng kiến được công nhận, trong đó 23 sáng kiến được đề nghị công nhận cấp tỉnh."),
        ],
        authors=["Nguyễn Văn Bình"],
        opts={"date": "10:15 28/10/2026", **_wf("sgddt_bientap", "Lê Văn Hùng", "Nguyễn Văn Bình - Phòng GDTrH")},
    ),
    Story(
        id=4803,
        slug="truong-mam-non-hoa-sen-huyen-yen-minh-don-nhan-bang-cong-nhan-truong-dat-chuan-quoc-gia",
        title="Trường Mầm non Hoa Sen huyện Yên Minh đón nhận Bằng công nhận trường đạt chuẩn quốc gia",
        cat="hoat-dong-nganh",
        published_at="2026-10-20T14:50:00+07:00",
        blocks=[
            P(
                "Chiều 20/10, Trường Mầm non Hoa Sen, thị trấn Yên Minh long trọng tổ chức lễ đón nhận "
                "Bằng công nhận trường đạt chuẩn quốc gia mức độ 1."
            ),
            P(
                "Nhà trường hiện có 9 nhóm, lớp với 286 trẻ; 100% giáo viên đạt chuẩn trình độ đào tạo, "
                "cơ sở vật chất được đầu tư khang trang."
            ),
            P("Dịp này, nhà trường phát động phong trào thi đua chào mừng ngày Nhà giáo Việt Nam 20/11."),
        ],
        opts={"date": "14:50:00 20-10-2026", **_wf("admin", "admin", "")},
    ),
    Story(
        id=4800,
        slug="ha-giang-khai-giang-lop-boi-duong-giao-vien-day-tieng-anh-tieu-hoc",
        title="Hà Giang khai giảng lớp bồi dưỡng giáo viên dạy Tiếng Anh tiểu học",
        cat="tin-tuc-su-kien",
        published_at="2026-10-12T08:30:00+07:00",
        blocks=[
            P(
                "Sáng 12/10, Sở GD&ĐT phối hợp với Trường Đại học Tân Trào khai giảng lớp bồi dưỡng năng "
                "lực cho 85 giáo viên dạy Tiếng Anh cấp tiểu học."
            ),
            Img("/upload/tintuc/2026/10/4800-khai-giang.jpg", "Ảnh: Giàng Seo Hoa", None, style="tbl"),
            P(
                "Lớp học kéo dài 6 tuần, tập trung vào phương pháp dạy kỹ năng nghe, nói cho học sinh "
                "vùng dân tộc thiểu số và ứng dụng công nghệ trong dạy học ngoại ngữ."
            ),
            Raw('<p style="text-align:right"><b>Phạm Thu Trang</b></p>'),
        ],
        authors=["Phạm Thu Trang"],
        photographers=["Giàng Seo Hoa"],
        opts={"date": "08:30 12/10/2026", **_wf("sgddt_bientap", "Lê Văn Hùng", "")},
    ),
]

BY_ID = {s.id: s for s in STORIES}
#: "Tin xem nhiều" on the home page: ILinkListener links (302 to the article)
MOST_READ = [4830, 4818, 4812, 4809, 4821]
SLIDER = [4821, 4815, 4836]


def art_path(s: Story) -> str:
    return f"/tin-tuc/chi-tiet/{s.id}/{s.slug}"


def cat_stories(cat: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == cat), key=lambda s: s.id, reverse=True)


def cat_pages(cat: str) -> int:
    return max(1, -(-len(cat_stories(cat)) // PAGE_SIZE))


def list_path(cat: str, page: int = 1) -> str:
    return f"/tin-tuc/danh-muc/{cat}" + (f"?page={page}" if page > 1 else "")


# --- Wicket's relative URLs -------------------------------------------------------------------


def rel(current: str, target: str) -> str:
    """``target`` (absolute path, maybe with a query) printed relative to ``current`` as Wicket 6 does."""
    path, sep, query = target.partition("?")
    base = posixpath.dirname(current) or "/"
    if path.endswith("/"):
        out = posixpath.relpath(path, base) + "/"
        out = "./" if out == "./" else out
    else:
        out = posixpath.relpath(path, base)
    if out == ".":
        out = "./"
    elif out == "./":
        pass
    elif not out.startswith(".."):
        out = "./" + out
    elif out.endswith("..") and path == "/":
        out += "/"
    return out + (sep + query if sep else "")


def _subst(markup: str, current: str) -> str:
    return re.sub(r"\{rel:([^}]*)\}", lambda m: esc(rel(current, _html.unescape(m.group(1)))), markup)


# --- chrome -------------------------------------------------------------------------------------


def _head(title: str, current: str, extra: str = "") -> str:
    css = rel(current, f"{RES}/vn.gov.hagiang.sgddt.web.BasePage/css/style-{VER}.css")
    jq = rel(current, f"{RES}/org.apache.wicket.resource.JQueryResourceReference/jquery/jquery-1.11.3-{VER}.js")
    wa = rel(current, f"{RES}/org.apache.wicket.ajax.AbstractDefaultAjaxBehavior/res/js/wicket-ajax-jquery-{VER}.js")
    return (
        '<!DOCTYPE html>\n<html xmlns:wicket="http://wicket.apache.org" lang="vi">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>\n'
        f"<title>{esc(title)}</title>\n"
        f'<link rel="stylesheet" type="text/css" href="{esc(css)}" />\n'
        f'<script type="text/javascript" src="{esc(jq)}"></script>\n'
        f'<script type="text/javascript" src="{esc(wa)}"></script>\n'
        f'<script type="text/javascript" id="wicket-ajax-base-url">\n/*<![CDATA[*/\n'
        f'Wicket.Ajax.baseUrl="{esc(current.lstrip("/"))}";\n/*]]>*/\n</script>\n'
        f"{extra}</head>\n"
    )


MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu", [("Chức năng, nhiệm vụ", "/gioi-thieu"), ("Liên hệ", "/lien-he")]),
    ("Tin tức", list_path("tin-tuc-su-kien"), [(name, list_path(c)) for c, name in CATS.items()]),
    ("Văn bản", "/van-ban", []),
    ("Lịch công tác", "/lich-cong-tac", []),
    ("Thư viện ảnh", "/thu-vien-anh", []),
    ("Dịch vụ công", "https://dichvucong.hagiang.gov.vn/", []),
]


def _href(current: str, target: str) -> str:
    return esc(target if target.startswith("http") else rel(current, target))


def _header(current: str) -> str:
    items = []
    for i, (label, target, subs) in enumerate(MENU):
        sub = ""
        if subs:
            sub = '<ul class="mn-con">' + "".join(
                f'<li><a href="{_href(current, t)}">{esc(lb)}</a></li>' for lb, t in subs
            ) + "</ul>"
        items.append(
            f'<li wicket:id="dsMenu" class="mn-{i}"><a wicket:id="lnkMenu" href="{_href(current, target)}">'
            f"<span wicket:id=\"lblMenu\">{esc(label)}</span></a>{sub}</li>"
        )
    logo = rel(current, "/upload/giaodien/logo-sgddt.png")
    search = rel(current, current) + "?0-1.IFormSubmitListener-pnlHeader-frmTimKiem"
    return (
        '<body>\n<div wicket:id="pnlHeader" id="pnlHeader1"><wicket:panel>\n'
        '<div class="dau-trang">\n'
        f'<a href="{esc(rel(current, "/"))}"><img wicket:id="imgLogo" src="{esc(logo)}" alt="Logo Sở GD&amp;ĐT Hà Giang"/></a>\n'
        "<h1>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÀ GIANG</h1>\n"
        f'<div class="ngay-hien-tai"><span wicket:id="lblNgayHienTai">{HEADER_TODAY}</span></div>\n'
        f'<form wicket:id="frmTimKiem" id="frmTimKiem2" method="post" action="{esc(search)}">'
        '<input type="text" wicket:id="txtTuKhoa" name="txtTuKhoa" value="" placeholder="Tìm kiếm..."/>'
        '<input type="submit" value="Tìm"/></form>\n'
        "</div>\n"
        f'<ul class="menu-ngang">{"".join(items)}</ul>\n'
        "</wicket:panel></div>\n"
    )


def _sidebar(current: str) -> str:
    poll = rel(current, current) + "?0-1.IFormSubmitListener-pnlBinhChon-frmBinhChon"
    banner = rel(current, "/upload/giaodien/banner-cchc.jpg")
    return (
        '<div class="cot-trai" wicket:id="pnlCotTrai" id="pnlCotTrai3"><wicket:panel>\n'
        '<div class="khoi"><div class="tieude-khoi">Liên kết website</div><ul>'
        '<li><a href="https://moet.gov.vn/" target="_blank">Bộ Giáo dục và Đào tạo</a></li>'
        '<li><a href="https://hagiang.gov.vn/" target="_blank">Cổng TTĐT tỉnh Hà Giang</a></li>'
        '<li><a href="https://baohagiang.vn/" target="_blank">Báo Hà Giang</a></li></ul>'
        f'<img src="{esc(banner)}" alt="Cải cách hành chính"/></div>\n'
        '<div class="khoi"><div class="tieude-khoi">Thăm dò ý kiến</div>'
        f'<form wicket:id="frmBinhChon" id="frmBinhChon4" method="post" action="{esc(poll)}">'
        "<p>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</p>"
        '<input type="radio" name="rdo" value="0"/> Đẹp, dễ sử dụng<br/>'
        '<input type="radio" name="rdo" value="1"/> Bình thường<br/>'
        '<input type="radio" name="rdo" value="2"/> Khó sử dụng<br/>'
        '<input type="submit" value="Bình chọn"/></form></div>\n'
        '<div class="khoi"><div class="tieude-khoi">Thống kê truy cập</div>'
        '<div wicket:id="pnlThongKe">Đang online: <span wicket:id="lblOnline">27</span><br/>'
        'Hôm nay: <span wicket:id="lblHomNay">1.482</span><br/>'
        'Tổng truy cập: <span wicket:id="lblTong">3.905.117</span></div></div>\n'
        "</wicket:panel></div>\n"
    )


def _footer(page_class: str) -> str:
    return (
        '<div class="chan-trang" wicket:id="pnlFooter" id="pnlFooter5"><wicket:panel>\n'
        "<p><b>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÀ GIANG</b></p>\n"
        "<p>Địa chỉ: Số 56 đường Nguyễn Trãi, phường Nguyễn Trãi, thành phố Hà Giang, tỉnh Hà Giang</p>\n"
        "<p>Điện thoại: 0219.3866.142 - Email: vanphong.sgddt@hagiang.gov.vn</p>\n"
        "<p>© Bản quyền thuộc Sở GD&amp;ĐT Hà Giang. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p>\n"
        "</wicket:panel></div>\n"
        '<div id="wicketDebugBar" class="wicketDebugBar" wicket:id="debug"><wicket:panel>'
        '<div class="wicketDebugBarContents"><span>Wicket 6.20.0</span> | '
        f"<span>Page: vn.gov.hagiang.sgddt.web.pages.{page_class}</span> | "
        "<span>Session: 4.1 KB</span> | <span>Inspector</span></div></wicket:panel></div>\n"
        "</body>\n</html>\n"
    )


def page(title: str, current: str, page_class: str, main: str, extra_head: str = "") -> Response:
    body = (
        _head(title, current, extra_head)
        + _header(current)
        + '<div class="than-trang"><table class="bo-cuc" cellpadding="0" cellspacing="0"><tr>'
        + '<td class="td-trai" valign="top">'
        + _sidebar(current)
        + '</td><td class="td-giua" valign="top">\n'
        + main
        + "\n</td></tr></table></div>\n"
        + _footer(page_class)
    )
    return html(body)


def _crumb(current: str, items: list[tuple[str, str | None]]) -> str:
    parts = []
    for label, target in items:
        if target:
            parts.append(f'<a href="{esc(rel(current, target))}">{esc(label)}</a>')
        else:
            parts.append(f"<span>{esc(label)}</span>")
    return '<div class="dd-bc" wicket:id="pnlDuongDan">' + " » ".join(parts) + "</div>\n"


# --- article ------------------------------------------------------------------------------------


def _img(current: str, img: Img, title: str) -> str:
    src = esc(rel(current, img.src))
    if img.style == "tbl":
        return (
            '<table class="tbl-anh" align="center" cellpadding="3"><tbody>'
            f'<tr><td><img src="{src}" width="600" alt=""/></td></tr>'
            f'<tr><td style="text-align:center"><span style="font-size:11px">{esc(img.printed or "")}</span></td></tr>'
            "</tbody></table>"
        )
    if img.style == "wicket":
        return (
            '<div wicket:id="dsAnh" class="anh-bai">'
            f'<img wicket:id="imgAnh" src="{src}" title="{esc(img.printed or "")}"/>'
            f'<div wicket:id="lblMoTa" class="mota">{esc(img.printed or "")}</div></div>'
        )
    if img.style == "alt":
        return f'<p style="text-align:center"><img src="{src}" alt="{esc(title)}" width="600"/></p>'
    return (
        f'<p style="text-align:center"><img src="{src}" alt="" width="600"/></p>'
        f'<p style="text-align:center"><em>{esc(img.printed or "")}</em></p>'
    )


def _text(s: Story, current: str) -> str:
    if "multiline" in s.opts:  # MultiLineLabel: paragraphs as <p>, single newlines as <br/>
        texts = [b.text for b in s.blocks if isinstance(b, P)]
        paras = ["<br/>".join(esc(texts[i]) for i in group) for group in s.opts["multiline"]]
        return "".join(f"<p>{p}</p>" for p in paras)
    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "tr"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i].text)
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(t)}</li>" for t in run) + "</ul>")
            else:
                rows = []
                for n, t in enumerate(run):
                    tag = "th" if n == 0 else "td"
                    rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in t.split(" | ")) + "</tr>")
                out.append('<table border="1" cellpadding="4" style="border-collapse:collapse">' + "".join(rows) + "</table>")
            continue
        if isinstance(b, P):
            if b.style == "h":
                out.append(f"<h4>{esc(b.text)}</h4>")
            else:
                out.append(f'<p style="text-align:justify">{esc(b.text)}</p>')
        elif isinstance(b, Img):
            out.append(_img(current, b, s.title))
        else:
            out.append(_subst(b.html, current))
        i += 1
    return "\n".join(out)


def _info(s: Story) -> str:
    updated = s.opts.get("updated")
    upd = (
        f' <span wicket:id="lblCapNhat" class="capnhat">| Cập nhật: {esc(updated)}</span>' if updated else ""
    )
    creator, approver, author = s.opts["workflow"]
    return (
        '<div class="ttin" wicket:id="pnlThongTin">'
        f'<span class="ngay" wicket:id="lblNgayDang">{esc(s.opts["date"])}</span>{upd}'
        f' | <wicket:message key="lbl.luotxem">Lượt xem</wicket:message>: <span wicket:id="lblLuotXem">{s.views()}</span>'
        "</div>\n"
        '<div class="ttin2" wicket:id="pnlQuyTrinh">'
        f'<wicket:message key="lbl.nguoitao">Người tạo</wicket:message>: <span wicket:id="lblNguoiTao">{esc(creator)}</span>'
        f' | <wicket:message key="lbl.nguoiduyet">Người duyệt</wicket:message>: <span wicket:id="lblNguoiDuyet">{esc(approver)}</span>'
        f' | <wicket:message key="lbl.tacgia">Tác giả</wicket:message>: <span wicket:id="lblTacGia">{esc(author)}</span>'
        "</div>\n"
    )


def _others(s: Story, current: str) -> str:
    others = [o for o in cat_stories(s.cat) if o.id != s.id][:3]
    items = "".join(
        f'<li wicket:id="dsTinKhac"><a wicket:id="lnkTin" href="{esc(rel(current, art_path(o)))}">'
        f'<span wicket:id="lblTieuDe">{esc(o.title)}</span></a> <i>({_day(o)})</i></li>'
        for o in others
    )
    return (
        '<wicket:enclosure child="dsTinKhac"><div class="tinkhac">'
        f'<div class="tieude-khoi">Các tin khác</div><ul>{items}</ul></div></wicket:enclosure>\n'
    )


def article_page(s: Story, current: str, request: Request) -> Response:
    cat = CATS[s.cat]
    sapo = ""
    if s.summary and s.sapo_outside:
        sapo = f'<div class="tomtat" wicket:id="lblTomTat"><strong>{esc(s.summary)}</strong></div>\n'
    source = ""
    if s.opts.get("source_line") == "warn":
        source = (
            '<div class="nguon" wicket:id="pnlNguon" style="text-align:right"><i>'
            "<wicket:message key=\"lbl.nguon\">[Warning: Property for 'lbl.nguon' not found]</wicket:message>: "
            f'<span wicket:id="lblNguon">{esc(s.source or "")}</span></i></div>\n'
        )
    elif s.opts.get("source_line") == "plain":
        source = (
            '<div class="nguon" wicket:id="pnlNguon" style="text-align:right"><i>'
            f'<wicket:message key="lbl.nguon">Nguồn</wicket:message>: <span wicket:id="lblNguon">{esc(s.source or "")}</span>'
            "</i></div>\n"
        )
    bottom = ""
    if s.opts.get("bottom_author"):
        bottom = f'<p style="text-align:right"><b>{esc(s.opts["bottom_author"])}</b></p>'
    attach = ""
    if s.opts.get("attachment"):
        href = rel(current, current) + "?0-1.IResourceListener-pnlDinhKem-dsTep-0-lnkTai"
        attach = (
            '<div class="dinhkem" wicket:id="pnlDinhKem"><b>Tệp đính kèm:</b> '
            f'<a wicket:id="lnkTai" href="{esc(href)}">{esc(s.opts["attachment"])}</a> (Tải về)</div>\n'
        )
    like_id = f"lnkThich{s.id % 97:x}"
    like_url = rel(current, current) + "?0-1.IBehaviorListener.0-pnlChiTiet-pnlTienIch-lnkThich"
    tools = (
        '<div class="tienich" wicket:id="pnlTienIch">'
        '<a href="javascript:window.print();">In bài</a> | '
        '<a href="javascript:;" onclick="guiEmail();">Gửi email</a> | '
        f'<a wicket:id="lnkThich" id="{like_id}" href="javascript:;">Thích ({s.id % 40 + 3})</a></div>\n'
        '<script type="text/javascript">\n/*<![CDATA[*/\nWicket.Event.add(window, "domready", function(event) { '
        f'Wicket.Ajax.ajax({{"u":"{like_url}","e":"click","c":"{like_id}"}});;'
        "});\n/*]]>*/\n</script>\n"
    )
    og = base_url(request) + art_path(s)
    description = esc((s.summary or next(b.text for b in s.blocks if isinstance(b, P)))[:160])
    extra = f'<meta name="description" content="{description}"/>\n<meta property="og:url" content="{esc(og)}"/>\n'
    main = (
        '<div class="khung-chitiet" wicket:id="pnlChiTiet" id="pnlChiTiet7"><wicket:panel>\n'
        + _crumb(current, [("Trang chủ", "/"), ("Tin tức", list_path("tin-tuc-su-kien")), (cat, list_path(s.cat))])
        + '<h2 class="tieude-khoi"><wicket:message key="lbl.chitiet">Chi tiết tin</wicket:message></h2>\n'
        + f'<h3 class="tdct" wicket:id="lblTieuDe">{esc(s.title)}</h3>\n'
        + _info(s)
        + sapo
        + f'<div class="ndct" wicket:id="lblNoiDung">\n{_text(s, current)}\n{bottom}</div>\n'
        + source
        + attach
        + tools
        + _others(s, current)
        + "</wicket:panel></div>"
    )
    return page("Chi tiết tin tức | Sở GD&ĐT Hà Giang", current, "ChiTietTinPage", main, extra)


# --- listings -----------------------------------------------------------------------------------


def _day(s: Story) -> str:
    """The listing's short day: dd/mm/yyyy of the publication."""
    y, m, d = s.published_at[:10].split("-")
    return f"{d}/{m}/{y}"


def _item(current: str, s: Story) -> str:
    thumb = _thumb(s)
    lead = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    day = _day(s)
    return (
        f'<div class="tin-ds" wicket:id="dsTin"><a wicket:id="lnkAnh" href="{esc(rel(current, art_path(s)))}">'
        f'<img wicket:id="imgAnh" src="{esc(rel(current, thumb))}" width="140" alt=""/></a>'
        f'<a wicket:id="lnkTieuDe" class="td-ds" href="{esc(rel(current, art_path(s)))}">'
        f'<span wicket:id="lblTieuDe">{esc(s.title)}</span></a>'
        f'<span class="ngay-ds" wicket:id="lblNgay">({day})</span>'
        f'<div class="tt-ds" wicket:id="lblTomTat">{esc(lead[:180])}</div></div>\n'
    )


def _pager(cat: str, current: str, pg: int, n: int) -> str:
    if n <= 1:
        return ""
    suffix = f"&page={pg}" if pg > 1 else ""

    def link(wid: str, label: str, target_page: int, enabled: bool) -> str:
        if not enabled:
            return f'<a wicket:id="{wid}" class="dis"><span>{label}</span></a>'
        if cat in LISTENER_PAGER:
            href = f"./{cat}?0-1.ILinkListener-newsPanel-pager-{wid}{suffix}"
        else:
            href = rel(current, list_path(cat, target_page))
        return f'<a wicket:id="{wid}" href="{esc(href)}"><span>{label}</span></a>'

    nav = "".join(
        f'<span wicket:id="navigation">{link(f"navigation-{k}-pageLink", str(k + 1), k + 1, k + 1 != pg)}</span>'
        for k in range(n)
    )
    return (
        '<div class="phan-trang" wicket:id="pager">'
        + link("first", "« Đầu", 1, pg > 1)
        + link("prev", "‹ Trước", pg - 1, pg > 1)
        + nav
        + link("next", "Sau ›", pg + 1, pg < n)
        + link("last", "Cuối »", n, pg < n)
        + "</div>\n"
    )


def listing(cat: str, pg: int, current: str) -> Response | None:
    n = cat_pages(cat)
    if not 1 <= pg <= n:
        return None
    items = cat_stories(cat)[(pg - 1) * PAGE_SIZE : pg * PAGE_SIZE]
    main = (
        '<div class="khung-ds" wicket:id="newsPanel" id="newsPanel6"><wicket:panel>\n'
        + _crumb(current, [("Trang chủ", "/"), ("Tin tức", list_path("tin-tuc-su-kien")), (CATS[cat], None)])
        + f'<h2 class="tieude-khoi">{esc(CATS[cat])}</h2>\n'
        + "".join(_item(current, s) for s in items)
        + _pager(cat, current, pg, n)
        + "</wicket:panel></div>"
    )
    return page(f"{CATS[cat]} | Sở GD&ĐT Hà Giang", current, "NewsListPage", main)


def _thumb(s: Story) -> str:
    return next((b.src for b in s.blocks if isinstance(b, Img)), "/upload/giaodien/no-image.jpg")


def _slider_target(s: Story) -> str:
    """The slider was filled by editors pasting the address bar: the page version stays on."""
    return art_path(s) + (f"?{s.opts['version']}" if "version" in s.opts else "")


def home(current: str) -> Response:
    latest = sorted(STORIES, key=lambda s: s.id, reverse=True)[:5]
    slider = "".join(
        f'<li wicket:id="dsNoiBat"><a href="{esc(rel(current, _slider_target(BY_ID[i])))}">'
        f'<img src="{esc(rel(current, _thumb(BY_ID[i])))}" alt=""/>'
        f"<span>{esc(BY_ID[i].title)}</span></a></li>"
        for i in SLIDER
    )
    most = "".join(
        f'<li wicket:id="dsTin"><a wicket:id="lnkTin" href="./?0-1.ILinkListener-pnlXemNhieu-dsTin-{k}-lnkTin">'
        f"{esc(BY_ID[i].title)}</a></li>"
        for k, i in enumerate(MOST_READ)
    )
    main = (
        '<div class="slider" wicket:id="pnlNoiBat"><wicket:panel><ul>' + slider + "</ul></wicket:panel></div>\n"
        '<div class="khung-ds" wicket:id="pnlTinMoi"><wicket:panel><h2 class="tieude-khoi">Tin mới</h2>\n'
        + "".join(_item(current, s) for s in latest)
        + "</wicket:panel></div>\n"
        '<div class="khoi" wicket:id="pnlXemNhieu"><wicket:panel><div class="tieude-khoi">Tin xem nhiều</div><ul>'
        + most
        + "</ul></wicket:panel></div>\n"
        '<div class="khoi"><div class="tieude-khoi">Video</div>'
        '<iframe src="https://www.youtube.com/embed/hg-sgddt-2026" width="300" height="200"></iframe></div>'
    )
    return page("Trang chủ | Sở GD&ĐT Hà Giang", current, "HomePage", main)


# --- other pages --------------------------------------------------------------------------------

DOCS = {
    1234: (
        "cong-van-huong-dan-to-chuc-kiem-tra-hoc-ky-i",
        "2398/SGDĐT-GDTrH",
        "28/11/2026",
        "Hướng dẫn tổ chức kiểm tra đánh giá cuối học kỳ I năm học 2026-2027",
    ),
    1230: (
        "quyet-dinh-ban-hanh-ke-hoach-thoi-gian-nam-hoc",
        "1650/QĐ-SGDĐT",
        "12/08/2026",
        "Quyết định ban hành kế hoạch thời gian năm học 2026-2027",
    ),
}


def doc_path(doc_id: int) -> str:
    return f"/van-ban/chi-tiet/{doc_id}/{DOCS[doc_id][0]}"


ALBUM = "/thu-vien-anh/album/12/le-khai-giang-nam-hoc-2026-2027"


def simple(current: str, title: str, page_class: str, inner: str) -> Response:
    main = (
        '<div class="khung" wicket:id="pnlNoiDung"><wicket:panel>'
        + _crumb(current, [("Trang chủ", "/"), (title, None)])
        + f'<h2 class="tieude-khoi">{esc(title)}</h2>\n{_subst(inner, current)}</wicket:panel></div>'
    )
    return page(f"{title} | Sở GD&ĐT Hà Giang", current, page_class, main)


def other_page(path: str) -> Response | None:
    if path == "/gioi-thieu":
        return simple(
            path,
            "Chức năng, nhiệm vụ",
            "GioiThieuPage",
            "<p>Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc UBND tỉnh Hà Giang, tham mưu, giúp "
            "UBND tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.</p>"
            "<p>Lãnh đạo Sở: Giám đốc Lê Văn Hùng; Phó Giám đốc Đỗ Hồng Quang.</p>",
        )
    if path == "/lien-he":
        return simple(
            path,
            "Liên hệ",
            "LienHePage",
            "<p>Văn phòng Sở GD&amp;ĐT Hà Giang, số 56 đường Nguyễn Trãi, thành phố Hà Giang.</p>"
            '<form method="post" action="{rel:/lien-he}?0-1.IFormSubmitListener-frmLienHe">'
            '<input name="hoTen"/><input name="email"/><textarea name="noiDung"></textarea>'
            '<input type="submit" value="Gửi"/></form>',
        )
    if path == "/van-ban":
        rows = "".join(
            f'<tr><td>{esc(d[1])}</td><td>{esc(d[2])}</td><td><a href="{{rel:{doc_path(k)}}}">{esc(d[3])}</a></td></tr>'
            for k, d in DOCS.items()
        )
        return simple(
            path,
            "Văn bản",
            "VanBanPage",
            f'<table class="tbl-vb" border="1"><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>{rows}</table>',
        )
    m = re.fullmatch(r"/van-ban/chi-tiet/(\d+)/([a-z0-9-]+)", path)
    if m and int(m.group(1)) in DOCS and DOCS[int(m.group(1))][0] == m.group(2):
        slug, number, day, subject = DOCS[int(m.group(1))]
        return simple(
            path,
            "Chi tiết văn bản",
            "ChiTietVanBanPage",
            '<table class="tbl-vb" border="1">'
            f"<tr><td>Số ký hiệu</td><td>{esc(number)}</td></tr>"
            f"<tr><td>Ngày ban hành</td><td>{esc(day)}</td></tr>"
            f"<tr><td>Trích yếu</td><td>{esc(subject)}</td></tr>"
            "<tr><td>Cơ quan ban hành</td><td>Sở Giáo dục và Đào tạo</td></tr>"
            f'<tr><td>Tải về</td><td><a href="{{rel:/upload/vanban/{slug}.pdf}}">{slug}.pdf</a></td></tr></table>',
        )
    if path == "/lich-cong-tac":
        rows = [
            ("Thứ Hai 30/11", "08:00 - Giám đốc họp giao ban Sở"),
            ("Thứ Tư 02/12", "14:00 - Phó Giám đốc Đỗ Hồng Quang làm việc tại huyện Bắc Mê"),
            ("Thứ Sáu 04/12", "14:00 - Hội nghị trực tuyến về chuyển đổi số"),
        ]
        body = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in rows)
        return simple(
            path,
            "Lịch công tác tuần 49 (30/11 - 06/12/2026)",
            "LichCongTacPage",
            f'<table border="1" class="tbl-lct">{body}</table>'
            '<a href="javascript:;" id="lnkTuanTruoc1">« Tuần trước</a> | '
            '<a href="javascript:;" id="lnkTuanSau2">Tuần sau »</a>',
        )
    if path == "/thu-vien-anh":
        return simple(
            path,
            "Thư viện ảnh",
            "ThuVienAnhPage",
            f'<div class="album"><a href="{{rel:{ALBUM}}}"><img src="{{rel:/upload/album/12/anh-1.jpg}}" alt=""/>'
            "Lễ khai giảng năm học 2026-2027</a></div>",
        )
    if path == ALBUM:
        imgs = "".join(
            f'<div class="anh"><img src="{{rel:/upload/album/12/anh-{k}.jpg}}" alt=""/><p>Ảnh {k}: lễ khai giảng</p></div>'
            for k in (1, 2, 3)
        )
        return simple(path, "Lễ khai giảng năm học 2026-2027", "AlbumPage", imgs)
    return None


NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    doc_path(1234),
    doc_path(1230),
    "/lich-cong-tac",
    ALBUM,
]


# --- routing ------------------------------------------------------------------------------------

_LISTENER = re.compile(r"^(\d+)-(\d+)\.(I\w+Listener)(?:\.\d+)?-([\w-]+)$")


class WicketSite:
    def respond(self, request: Request) -> Response | None:
        path, query = request.path, request.query
        if path.startswith("/upload/vanban/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/upload/", RES + "/")):
            return static_file(path)
        # Wicket's query: the first key may be a page version ("3") or a listener ("0-1.ILinkListener-…")
        first, _, rest = query.partition("&")
        params = {k: v[0] for k, v in parse_qs(rest, keep_blank_values=True).items()}
        listener = _LISTENER.match(first) if first else None
        version_only = bool(first) and first.isdigit() and not rest
        if first and "=" in first:
            params = {k: v[0] for k, v in parse_qs(query, keep_blank_values=True).items()}
            first = ""

        if listener:
            return self._listener(request, path, listener, params)
        if path == "/":
            return home(path) if not query or version_only else None
        m = re.fullmatch(r"/tin-tuc/danh-muc/([a-z-]+)", path)
        if m and m.group(1) in CATS:
            if first and not version_only:
                return None
            if set(params) - {"page"}:
                return None
            raw = params.get("page", "1")
            if not raw.isdigit() or (raw == "1" and "page" in params):
                return None
            return listing(m.group(1), int(raw), path)
        m = re.fullmatch(r"/tin-tuc/chi-tiet/(\d+)/([a-z0-9-]+)", path)
        if m:
            s = BY_ID.get(int(m.group(1)))
            if not s or s.slug != m.group(2) or (query and not version_only):
                return None
            return article_page(s, path, request)
        if path == BOOKMARKABLE:
            s = BY_ID.get(int(params["id"])) if params.get("id", "").isdigit() else None
            if not s or set(params) != {"id"}:
                return None
            return article_page(s, path, request)
        if query and not version_only:
            return None
        return other_page(path)

    def _listener(self, request: Request, path: str, m: re.Match, params: dict) -> Response | None:
        kind, component = m.group(3), m.group(4)
        base = base_url(request)
        if kind == "ILinkListener" and path == "/":
            mm = re.fullmatch(r"pnlXemNhieu-dsTin-(\d+)-lnkTin", component)
            if mm and int(mm.group(1)) < len(MOST_READ):
                return redirect(base + art_path(BY_ID[MOST_READ[int(mm.group(1))]]))
            return None
        cm = re.fullmatch(r"/tin-tuc/danh-muc/([a-z-]+)", path)
        if kind == "ILinkListener" and cm and cm.group(1) in LISTENER_PAGER:
            cat = cm.group(1)
            n = cat_pages(cat)
            raw = params.get("page", "1")
            pg = int(raw) if raw.isdigit() else 1
            mm = re.fullmatch(r"newsPanel-pager-(first|prev|next|last|navigation-(\d+)-pageLink)", component)
            if not mm:
                return None
            target = {"first": 1, "prev": pg - 1, "next": pg + 1, "last": n}.get(mm.group(1))
            if target is None:
                target = int(mm.group(2)) + 1
            if not 1 <= target <= n:
                return None
            return redirect(base + list_path(cat, target))
        am = re.fullmatch(r"/tin-tuc/chi-tiet/(\d+)/([a-z0-9-]+)", path)
        story = BY_ID.get(int(am.group(1))) if am else None
        if story and story.slug == am.group(2):
            if kind == "IResourceListener" and story.opts.get("attachment"):
                return Response(
                    200,
                    PDF,
                    {
                        "Content-Type": "application/pdf",
                        "Content-Disposition": f'attachment; filename="{story.opts["attachment"]}"',
                    },
                )
            if kind == "IBehaviorListener":
                # an AJAX URL requested without Wicket-Ajax headers: the page expired, re-render it
                return redirect(base + art_path(story))
        if kind == "IFormSubmitListener":
            return redirect(base + (path if path != BOOKMARKABLE else "/"))
        return None


def build_site() -> WicketSite:
    return WicketSite()


# --- gold ---------------------------------------------------------------------------------------


def _gold(s: Story) -> dict:
    alts = []
    if "version" in s.opts:
        alts.append(f"{art_path(s)}?{s.opts['version']}")
    if s.id == 4818:
        alts.append(f"{BOOKMARKABLE}?id={s.id}")
    return gold_record(s, art_path(s), CATS[s.cat], canonical_path=art_path(s), alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]
