"""Trường THCS Phan Bội Châu (xã Hưng Nguyên, Nghệ An) on a provincial telecom's hosted
school-website service: one ASP.NET WebForms application serving every school of the province
by host name (``thcs-phanboichau.nghean.edu.vn``), "Phát triển bởi VNPT Nghệ An" in the footer.

Platform
    The whole page is one ``<form name="aspnetForm" method="post">`` with ``__VIEWSTATE``,
    ``__VIEWSTATEGENERATOR`` (and ``__EVENTVALIDATION`` on listings); user controls print
    numbered ids (``ctl00_cphNoiDung_ucChiTietTin_lblTieuDe``) and Vietnamese-abbreviated class
    names (``tde_ct`` = tiêu đề chi tiết, ``noidung_ct``, ``tomtat_ct``, ``ttct_tacgia``,
    ``tinkhac_ct``, ``duongdan``). The header prints the school's name as the page's only
    ``<h1>``; an article's headline is an ``<h2>``.

URL scheme
    ``/``                                       home (slider, one block per category with a
                                                "Xem thêm" button, sidebars)
    ``/tin-tuc/<cat>``                          category listing, 3 items a page; page 2+ is a
                                                postback (``__doPostBack`` LinkButtons)
    ``/tin-tuc/<cat>/<slug>-<id>.html``         article (resolved by ``<id>`` alone: any slug
                                                and any category slug serve it)
    ``/tin-tuc/in-bai/<id>.html``               print view (opened by an ``onclick`` only)
    ``/(S(<24 chars>))/…``                      the same page under a cookieless session id
    ``/bang-tin`` ``?trang=2``                  notice board (3 items); "Xem thêm" shows all
    ``/van-ban`` ``/van-ban/<slug>-<id>.html``  document library and its entries
    ``/thu-vien-anh`` ``/thu-vien-anh/<slug>-<id>.html``   photo library, album
    ``/video`` ``/video/<slug>-<id>.html``      video library, clip page
    ``/trang/<slug>-<id>.html``                 static pages (history, organisation)
    ``/lien-he``                                contact page with its form
    ``/tim-kiem?tukhoa=``                       search (reached only by script)
    ``/Upload/…`` ``/Content/…``                images, PDFs, theme files

How each gold article is reached
    Category "Tin tức - Sự kiện" (5): 1561, 1547, 1520 on page 1 (and on the home page; 1561,
    1547 in the slider under ``/tin-tuc/tin-noi-bat/…``); 1488 and 1472 only on the listing's
    page 2, a POST of the page's form with ``__EVENTTARGET=…$rptTrang$ctl01$lbtTrang``.
    "Hoạt động chuyên môn" (4): 1565 (also in the slider), 1539, 1512 on page 1; 1495 only on
    the postback page 2. "Hoạt động Đội - Đoàn" (2): 1553, 1503. "Thông báo" (2): 1558, 1531,
    also on the notice board under a cookieless session prefix.

Traps
    1. Postback pagination. Listings page with ``href="javascript:__doPostBack(&#39;ctl00$…
       $rptTrang$ctl01$lbtTrang&#39;,&#39;&#39;)"`` inside the page-wide form; page 2 exists
       only as the answer to that POST. Gold: 1488, 1472 and 1495 are articles (found only so).
    2. One article, many URLs. The home slider links featured stories under a category slug
       that is no category (``/tin-tuc/tin-noi-bat/<slug>-<id>.html``); the notice board's
       legacy module prints cookieless-session links (``/(S(v2kq0ldm1xj3ruyb4fe5n0a2))/tin-tuc/
       thong-bao/…``); every article has a print view ``/tin-tuc/in-bai/<id>.html`` named only
       in an ``onclick``. Gold: one record per article at its clean category URL (the page's
       ``<link rel="canonical">``), the others in ``alt_paths``.
    3. .NET vi-VN dates. The date line prints ``DateTime.ToString()`` of the vi-VN culture,
       12-hour with SA/CH: "03/12/2026 4:15:00 CH" is 16:15; an imported story stamped
       "10/11/2026 12:00:00 SA" prints midnight, i.e. no time (gold: the day alone); some pages
       add "(Cập nhật lần cuối: …)" after it, and the header prints today. Gold: the
       publication stamp, 24-hour, +07:00. The official notice 1558 was posted 01/12 but is
       dated by its letterhead ("Hưng Nguyên, ngày 30 tháng 11 năm 2026"): gold "2026-11-30".
    4. Headline is not the ``<h1>``. The page's ``<h1>`` is "TRƯỜNG THCS PHAN BỘI CHÂU"; the
       headline is ``<h2 class="tde_ct">``; listings truncate titles with "...". One title is in
       capitals, one ends in an emoji. Gold: the ``<h2>`` text as printed.
    5. Bylines of every kind: a CMS account in the info line ("Người đăng: quantri.pbc",
       nobody); "Tin: X - Ảnh: Y"; "Tin, ảnh: X (GV Tin học)"; "ThS. X - Phó Hiệu trưởng" in
       the platform's author box; two names over their unit in brackets; a unit signing alone
       ("Tổ Văn phòng", "Bộ phận Chuyên môn", "Liên đội THCS Phan Bội Châu"); "BBT" (nobody);
       the official notice's signer under "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG". The footer's
       "Chịu trách nhiệm nội dung: Nguyễn Đức Thắng" is chrome.
    6. Images: jQuery lazy-load (``src="/Content/images/grey.gif"``, the photo in
       ``data-original``); relative sources (``../../Upload/…``); captions in a CKEditor
       caption table, in a centred italic line below, in brackets (taken off), or only a
       credit "Ảnh: Lê Minh Tuấn" (caption None). ``og:image`` and the listings use an
       ``/Upload/…/avatar/<id>.jpg`` thumbnail that is not in the text: not an image.
    7. Boundaries of the text: "Xem thêm:" line linking to an album, "Tệp đính kèm:" lines,
       "Các tin khác" (site-wide newest, so it never leaks page-2 stories), share/print tools,
       Word paste (``mso-list:Ignore`` markers are no text), a bare ``<sup>1</sup>`` footnote
       call (dropped) next to a bracketed "[2]" (kept), ``<br>`` lists typed with "- ".
    8. Encodings: 1472's text was pasted from a Mac (NFD, decomposed tone marks); 1512's went
       through FCKeditor's entity option (``&agrave;``, ``&#7897;`` mixed with raw UTF-8).
       Gold: NFC text.
    9. Pages that look like articles: document entries (number, "Ngày ban hành", abstract,
       views), the photo album (date, captions), the video page (date, description) and the
       school history page. Gold: not articles.
   10. Sources: 1472 is a repost closing "Theo baonghean.vn" (source "baonghean.vn") whose
       text has a sentence starting "Theo đó, …" (text); 1520 has "Theo kế hoạch, …" (text).

Gold decisions on ambiguous points
    - The byline "Tin, ảnh: Đặng Quốc Bảo (GV Tin học)" credits him as author and photographer;
      the bracketed post goes. "Phan Thị Lan - Võ Văn Tâm" over "(Tổ Khoa học Tự nhiên)" is
      two authors. A photo line "Ảnh: Lê Minh Tuấn" is no caption; he is already the
      photographer of the byline.
    - The official notice's body is its text between the subject line and "Nơi nhận"
      (including its schedule table); letterhead, "THÔNG BÁO", "Về việc …", "Nơi nhận" and the
      signature block are not. Its category is "Thông báo" (the breadcrumb).
    - The bracketed footnote call "[2]" stays in its sentence; the bare superscript "1" does
      not; the "Tài liệu tham khảo" heading and its two entries are body.
    - "Các tin khác", the slider and the notice board are listings, never text.
    - A lead printed in ``tomtat_ct`` is the summary and the body's first paragraph; the bold
      first paragraph of 1472 is its summary too. Others have none (the meta description,
      cut from the first paragraph, is not a sapo).
    - The print view's page has no canonical and no breadcrumb; it is an alt path.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    opaque,
    static_file,
    text,
)

NAME = "vnpt_eschool_thcs"
PLATFORM = "VNPT school-website service (multi-tenant ASP.NET WebForms, thcs-<name>.<province>.edu.vn)"
START_PATH = "/"

SCHOOL = "Trường THCS Phan Bội Châu"
SCHOOL_UP = "TRƯỜNG THCS PHAN BỘI CHÂU"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
SESSION = "(S(v2kq0ldm1xj3ruyb4fe5n0a2))"
UP = "/Upload/thcs-phanboichau"
PAGE_SIZE = 3

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "hoat-dong-doi-doan": "Hoạt động Đội - Đoàn",
    "thong-bao": "Thông báo",
}
#: categories under the "Tin tức" menu (the breadcrumb prints "Tin tức" before them)
NEWS_CATS = ("tin-tuc-su-kien", "hoat-dong-chuyen-mon", "hoat-dong-doi-doan")

_R = 'style="text-align: right;"'

# --- the stories --------------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=1561,
        slug="soi-noi-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
        title="Sôi nổi Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027 ⚽",
        cat="tin-tuc-su-kien",
        published_at="2026-12-03T16:15:00+07:00",
        summary=(
            "Trong hai ngày 01 và 02/12/2026, Trường THCS Phan Bội Châu tổ chức Hội khỏe Phù Đổng "
            "cấp trường năm học 2026 - 2027 với sự tham gia của gần 400 vận động viên là học sinh "
            "đến từ 16 lớp."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội khỏe Phù Đổng là hoạt động thường niên nhằm đẩy mạnh phong trào rèn luyện "
                "thân thể theo gương Bác Hồ vĩ đại, đồng thời phát hiện, bồi dưỡng các em học sinh "
                "có năng khiếu thể dục thể thao để thành lập đội tuyển tham gia Hội khỏe Phù Đổng "
                "cấp tỉnh năm 2027."
            ),
            Img(
                f"{UP}/tin-tuc/2026/12/hkpd-khai-mac.jpg",
                "Thầy Hiệu trưởng Nguyễn Đức Thắng phát biểu khai mạc Hội khỏe",
                "Thầy Hiệu trưởng Nguyễn Đức Thắng phát biểu khai mạc Hội khỏe",
                "lazy",
            ),
            P(
                "Năm nay, Hội khỏe được tổ chức với 5 môn thi đấu gồm: bóng đá nam, kéo co, cầu "
                "lông, chạy cự ly ngắn 60m và nhảy xa. Các trận đấu diễn ra sôi nổi, kịch tính "
                "nhưng vẫn đảm bảo tinh thần đoàn kết, trung thực, cao thượng."
            ),
            Img(f"{UP}/tin-tuc/2026/12/hkpd-keo-co.jpg", "Ảnh: Lê Minh Tuấn", None, "lazy"),
            P(
                "Kết thúc Hội khỏe, Ban tổ chức đã trao 36 huy chương các loại cho các cá nhân, tập "
                "thể đạt thành tích cao. Toàn đoàn: giải Nhất thuộc về lớp 9A, giải Nhì lớp 8B, "
                "giải Ba lớp 9C và lớp 7A."
            ),
            Img(
                f"{UP}/tin-tuc/2026/12/hkpd-trao-giai.jpg",
                "(Ban tổ chức trao giải Nhất toàn đoàn cho tập thể lớp 9A)",
                "Ban tổ chức trao giải Nhất toàn đoàn cho tập thể lớp 9A",
                "lazy",
            ),
            P(
                "Thông qua Hội khỏe, nhà trường đã lựa chọn được 24 em học sinh có thành tích xuất "
                "sắc để tiếp tục bồi dưỡng, chuẩn bị tham gia Hội khỏe Phù Đổng cấp tỉnh."
            ),
            Raw(f"<p {_R}><strong>Tin: Trần Văn Lực - Ảnh: Lê Minh Tuấn</strong></p>"),
        ],
        authors=["Trần Văn Lực"],
        photographers=["Lê Minh Tuấn"],
        opts={
            "posted": "03/12/2026 4:15:00 CH",
            "updated": "04/12/2026 7:50:12 SA",
            "poster": "quantri.pbc",
            "featured": True,
        },
    ),
    Story(
        id=1547,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T10:40:00+07:00",
        summary=(
            "Sáng ngày 20/11/2026, Trường THCS Phan Bội Châu long trọng tổ chức Lễ kỷ niệm 44 năm "
            "Ngày Nhà giáo Việt Nam. Đến dự buổi lễ có đại diện lãnh đạo Đảng ủy, UBND xã Hưng "
            "Nguyên, Ban đại diện cha mẹ học sinh cùng đông đảo các thế hệ thầy cô giáo và học "
            "sinh nhà trường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại buổi lễ, thầy giáo Nguyễn Đức Thắng - Hiệu trưởng nhà trường đã ôn lại truyền "
                "thống vẻ vang của ngành Giáo dục Việt Nam, đồng thời điểm lại những thành tích nổi "
                "bật của nhà trường trong năm học 2025 - 2026: tỷ lệ học sinh lớp 9 tốt nghiệp THCS "
                "đạt 100%, có 27 em đạt giải trong kỳ thi học sinh giỏi cấp tỉnh, nhà trường được "
                "UBND tỉnh tặng Bằng khen."
            ),
            Img(
                f"{UP}/tin-tuc/2026/11/20-11-le-ky-niem.jpg",
                "Thầy Hiệu trưởng Nguyễn Đức Thắng phát biểu tại Lễ kỷ niệm",
                "Thầy Hiệu trưởng Nguyễn Đức Thắng phát biểu tại Lễ kỷ niệm",
                "table",
            ),
            P(
                "Thay mặt lãnh đạo địa phương, đồng chí Trần Thị Minh Nguyệt - Phó Chủ tịch UBND xã "
                "Hưng Nguyên đã gửi lời chúc mừng tới tập thể cán bộ, giáo viên, nhân viên nhà "
                "trường; ghi nhận những đóng góp của nhà trường đối với sự nghiệp giáo dục của địa "
                "phương."
            ),
            P(
                "Dịp này, nhà trường đã trao Giấy khen của Hiệu trưởng cho 12 giáo viên đạt danh "
                "hiệu giáo viên dạy giỏi cấp trường và trao học bổng “Tiếp bước đến trường” cho 15 "
                "học sinh có hoàn cảnh khó khăn vươn lên trong học tập."
            ),
            Img(
                f"{UP}/tin-tuc/2026/11/20-11-trao-hoc-bong.jpg",
                "Trao học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn",
                "Trao học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn",
                "table",
            ),
            P(
                "Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do học sinh các khối lớp biểu "
                "diễn, gửi gắm lòng biết ơn sâu sắc tới các thầy giáo, cô giáo."
            ),
            Raw(
                '<p style="text-align: justify;"><strong>Xem thêm:</strong> <a href="/thu-vien-anh/'
                'le-ky-niem-44-nam-ngay-nha-giao-viet-nam-31.html">Album ảnh Lễ kỷ niệm 44 năm Ngày '
                "Nhà giáo Việt Nam</a></p>"
            ),
            Raw(f"<p {_R}><em><strong>Tin, ảnh: Nguyễn Thị Thanh Hương</strong></em></p>"),
        ],
        authors=["Nguyễn Thị Thanh Hương"],
        photographers=["Nguyễn Thị Thanh Hương"],
        opts={"posted": "20/11/2026 10:40:00 SA", "poster": "quantri.pbc", "featured": True},
    ),
    Story(
        id=1520,
        slug="hoc-sinh-huong-ung-ngay-phap-luat-nuoc-cong-hoa-xa-hoi-chu-nghia-viet-nam-09-11",
        title="Học sinh hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam 09/11",
        cat="tin-tuc-su-kien",
        published_at="2026-11-10",
        blocks=[
            P(
                "Thực hiện Kế hoạch số 112/KH-THCSPBC ngày 25/10/2026 của nhà trường về tổ chức các "
                "hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm "
                "2026, trong tuần từ ngày 02 đến ngày 09/11/2026, Trường THCS Phan Bội Châu đã tổ "
                "chức nhiều hoạt động thiết thực cho học sinh.",
                "mso",
            ),
            P("Theo kế hoạch, các hoạt động tập trung vào các nội dung sau:", "mso"),
            P(
                "Tuyên truyền, phổ biến Luật Giao thông đường bộ, Luật Trẻ em và các quy định về "
                "phòng, chống bạo lực học đường trong giờ chào cờ đầu tuần;",
                "msoli",
            ),
            P(
                "Tổ chức cuộc thi “Tìm hiểu pháp luật” dành cho học sinh khối 8 và khối 9;",
                "msoli",
            ),
            P("Trưng bày, giới thiệu sách pháp luật tại thư viện nhà trường.", "msoli"),
            P(
                "Cuộc thi “Tìm hiểu pháp luật” đã thu hút 32 đội thi đến từ 8 lớp tham gia. Qua các "
                "phần thi chào hỏi, kiến thức và xử lý tình huống, các em đã thể hiện sự hiểu biết "
                "về quyền và nghĩa vụ của học sinh, ý thức chấp hành pháp luật khi tham gia giao "
                "thông và trên không gian mạng.",
                "mso",
            ),
            Img(
                f"{UP}/tin-tuc/2026/11/ngay-phap-luat.jpg",
                "Một phần thi của học sinh khối 9 trong cuộc thi “Tìm hiểu pháp luật”",
                "Một phần thi của học sinh khối 9 trong cuộc thi “Tìm hiểu pháp luật”",
                "next",
            ),
            P(
                "Kết quả: giải Nhất thuộc về lớp 9B; giải Nhì thuộc về lớp 8A; giải Ba thuộc về các "
                "lớp 9A và 8C.",
                "mso",
            ),
        ],
        opts={"posted": "10/11/2026 12:00:00 SA", "poster": "quantri.pbc"},
    ),
    Story(
        id=1488,
        slug="hoi-nghi-can-bo-vien-chuc-va-nguoi-lao-dong-nam-hoc-2026-2027",
        title="Hội nghị cán bộ, viên chức và người lao động năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-10-14T14:00:00+07:00",
        blocks=[
            P(
                "Chiều ngày 12/10/2026, Trường THCS Phan Bội Châu tổ chức Hội nghị cán bộ, viên "
                "chức và người lao động năm học 2026 - 2027. Tham dự hội nghị có 48/49 cán bộ, giáo "
                "viên, nhân viên của nhà trường."
            ),
            P(
                "Hội nghị đã nghe báo cáo tổng kết công tác năm học 2025 - 2026, phương hướng nhiệm "
                "vụ năm học 2026 - 2027; báo cáo công khai tài chính; báo cáo hoạt động của Ban "
                "Thanh tra nhân dân và thảo luận, biểu quyết thông qua Quy chế chi tiêu nội bộ, Quy "
                "chế dân chủ ở cơ sở."
            ),
            P("Một số chỉ tiêu chủ yếu năm học 2026 - 2027:", "h"),
            P("Nội dung | Chỉ tiêu", "rowh"),
            P("Học sinh có kết quả học tập Tốt, Khá | Từ 75% trở lên", "row"),
            P("Học sinh đạt giải học sinh giỏi cấp tỉnh | 25 giải", "row"),
            P("Giáo viên dạy giỏi cấp tỉnh | 02 đồng chí", "row"),
            P("Tỷ lệ học sinh lớp 9 tốt nghiệp THCS | 100%", "row"),
            Img(f"{UP}/tin-tuc/2026/10/hoi-nghi-vien-chuc.jpg", "Toàn cảnh Hội nghị", "Toàn cảnh Hội nghị", "next"),
            P(
                "Hội nghị cũng đã tiến hành bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2028 gồm 03 "
                "đồng chí và phát động phong trào thi đua năm học mới. Toàn thể cán bộ, viên chức "
                "đã ký cam kết thực hiện tốt nhiệm vụ được giao."
            ),
            Raw(f"<p {_R}><strong>Tổ Văn phòng</strong></p>"),
        ],
        authors=["Tổ Văn phòng"],
        opts={"posted": "14/10/2026 2:00:00 CH", "poster": "vanthu.pbc"},
    ),
    Story(
        id=1472,
        slug="nghe-an-tang-cuong-phong-chong-duoi-nuoc-cho-hoc-sinh-trong-mua-mua-lu",
        title="Nghệ An: Tăng cường phòng, chống đuối nước cho học sinh trong mùa mưa lũ",
        cat="tin-tuc-su-kien",
        published_at="2026-10-08T07:45:00+07:00",
        summary=(
            "Trước diễn biến phức tạp của thời tiết mùa mưa lũ, Sở GD&ĐT Nghệ An vừa có văn bản "
            "yêu cầu các cơ sở giáo dục trên địa bàn tỉnh tăng cường các biện pháp phòng, chống "
            "đuối nước, đảm bảo an toàn cho học sinh."
        ),
        blocks=[
            P(
                "Trước diễn biến phức tạp của thời tiết mùa mưa lũ, Sở GD&ĐT Nghệ An vừa có văn bản "
                "yêu cầu các cơ sở giáo dục trên địa bàn tỉnh tăng cường các biện pháp phòng, chống "
                "đuối nước, đảm bảo an toàn cho học sinh.",
                "lead",
            ),
            P(
                "Theo đó, các nhà trường cần tổ chức tuyên truyền trong các tiết sinh hoạt dưới cờ, "
                "sinh hoạt lớp về nguy cơ gây đuối nước; hướng dẫn học sinh kỹ năng nhận biết và "
                "phòng tránh các khu vực nguy hiểm như ao, hồ, sông suối, khe tràn, đập nước."
            ),
            P(
                "Giáo viên chủ nhiệm phối hợp chặt chẽ với cha mẹ học sinh để nắm bắt tình hình, "
                "nhắc nhở các em không tự ý đi tắm, đi bơi khi không có người lớn đi cùng; không đi "
                "qua các đoạn đường ngập nước, ngầm tràn khi đi học."
            ),
            Img(f"{UP}/tin-tuc/2026/10/day-boi-an-toan.jpg", None, None, "bare"),
            P(
                "Các đơn vị chủ động rà soát cơ sở vật chất, cắt tỉa cây xanh, kiểm tra hệ thống "
                "điện; xây dựng phương án sẵn sàng cho học sinh nghỉ học khi có mưa lũ lớn, đảm bảo "
                "an toàn tuyệt đối về người và tài sản."
            ),
            P(
                "Sở GD&ĐT cũng đề nghị các địa phương tiếp tục tổ chức các lớp dạy bơi an toàn, phổ "
                "cập kỹ năng bơi cho học sinh, phấn đấu đến năm 2030 có trên 50% học sinh tiểu học "
                "và THCS biết bơi an toàn."
            ),
            Raw(f"<p {_R}><em>Theo baonghean.vn</em></p>"),
        ],
        source="baonghean.vn",
        opts={"posted": "08/10/2026 7:45:00 SA", "poster": "quantri.pbc", "enc": "nfd"},
    ),
    Story(
        id=1565,
        slug="hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        title="HỘI THI GIÁO VIÊN DẠY GIỎI CẤP TRƯỜNG NĂM HỌC 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-12-04T10:20:00+07:00",
        summary=(
            "Từ ngày 16/11 đến ngày 02/12/2026, Trường THCS Phan Bội Châu tổ chức Hội thi giáo "
            "viên dạy giỏi cấp trường năm học 2026 - 2027 với 18 giáo viên tham gia."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi nhằm đánh giá năng lực chuyên môn, nghiệp vụ của đội ngũ giáo viên; tạo "
                "điều kiện để giáo viên học hỏi, trao đổi kinh nghiệm đổi mới phương pháp dạy học "
                "theo Chương trình giáo dục phổ thông 2018; đồng thời lựa chọn giáo viên tiêu biểu "
                "tham gia Hội thi giáo viên dạy giỏi cấp tỉnh."
            ),
            P(
                "Mỗi giáo viên dự thi trình bày biện pháp nâng cao chất lượng giảng dạy và thực "
                "hiện 02 tiết dạy thực hành, trong đó có 01 tiết dạy bằng bốc thăm. Ban giám khảo "
                "gồm các đồng chí trong Ban giám hiệu và tổ trưởng, tổ phó chuyên môn."
            ),
            Img(
                f"{UP}/tin-tuc/2026/12/gvdg-tiet-day-toan.jpg",
                "Tiết dạy môn Toán của cô giáo Phan Thị Lan",
                "Tiết dạy môn Toán của cô giáo Phan Thị Lan",
                "table",
            ),
            P(
                "Kết quả, có 12 giáo viên được công nhận giáo viên dạy giỏi cấp trường; 04 giáo "
                "viên có kết quả cao nhất được đề nghị tham gia Hội thi cấp tỉnh:"
            ),
            P("TT | Họ và tên | Môn | Xếp loại", "rowh"),
            P("1 | Phan Thị Lan | Toán | Giỏi", "row"),
            P("2 | Lê Thị Thu Hà | Ngữ văn | Giỏi", "row"),
            P("3 | Đặng Quốc Bảo | Tin học | Giỏi", "row"),
            P("4 | Nguyễn Thị Thanh Hương | Lịch sử và Địa lí | Giỏi", "row"),
            P(
                "Hội thi đã thực sự trở thành đợt sinh hoạt chuyên môn bổ ích, góp phần nâng cao "
                "chất lượng dạy và học của nhà trường."
            ),
        ],
        authors=["Hoàng Thị Mai"],
        opts={
            "posted": "04/12/2026 10:20:00 SA",
            "poster": "quantri.pbc",
            "featured": True,
            "author_box": "ThS. Hoàng Thị Mai - Phó Hiệu trưởng",
            "files": [("QD-cong-nhan-GVDG-cap-truong.pdf", "Quyết định công nhận GVDG cấp trường")],
        },
    ),
    Story(
        id=1539,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-mon-toan-9-hinh-tru-hinh-non-hinh-cau",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học môn Toán 9: Hình trụ - Hình nón - Hình cầu",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-17T15:05:00+07:00",
        blocks=[
            P(
                "Chiều ngày 14/11/2026, Tổ Khoa học Tự nhiên tổ chức buổi sinh hoạt chuyên môn theo "
                "nghiên cứu bài học với bài dạy “Hình trụ - Hình nón - Hình cầu” (Toán 9, bộ sách "
                "Kết nối tri thức với cuộc sống) tại lớp 9A."
            ),
            P(
                "Tiết dạy minh họa do cô giáo Phan Thị Lan thực hiện. Thông qua hoạt động thực hành "
                "đo đạc các đồ vật quen thuộc như lon nước, nón lá, quả bóng, học sinh tự hình thành "
                "công thức tính diện tích xung quanh và thể tích của hình trụ, hình nón, hình cầu.",
                "sup@hình cầu.@1",
            ),
            Img(
                "../../Upload/thcs-phanboichau/tin-tuc/2026/11/nghien-cuu-bai-hoc-toan9.jpg",
                "Học sinh lớp 9A thực hành đo đạc, tính thể tích hình trụ",
                "Học sinh lớp 9A thực hành đo đạc, tính thể tích hình trụ",
                "next",
            ),
            P(
                "Trong phần thảo luận, các giáo viên dự giờ tập trung phân tích việc học của học "
                "sinh: em nào tích cực, em nào còn gặp khó khăn, nguyên nhân và biện pháp hỗ trợ, "
                "thay vì nhận xét, xếp loại giờ dạy của giáo viên.[2]",
                "supb@[2]",
            ),
            P(
                "Buổi sinh hoạt chuyên môn đã giúp giáo viên trong tổ thống nhất được nhiều biện "
                "pháp tổ chức hoạt động học tập theo hướng phát triển năng lực học sinh, đặc biệt là "
                "kỹ năng vận dụng kiến thức toán học vào thực tiễn."
            ),
            Raw(
                f"<p {_R}><strong>Phan Thị Lan - Võ Văn Tâm</strong><br />\n"
                "<em>(Tổ Khoa học Tự nhiên)</em></p>"
            ),
            Raw('<hr align="left" size="1" width="33%" />'),
            P("Tài liệu tham khảo", "h"),
            P(
                "1. Bộ Giáo dục và Đào tạo (2024), Toán 9 - Tập hai, bộ sách Kết nối tri thức với "
                "cuộc sống, NXB Giáo dục Việt Nam.",
                "note",
            ),
            P(
                "2. Bộ Giáo dục và Đào tạo (2014), Tài liệu hướng dẫn sinh hoạt chuyên môn theo "
                "nghiên cứu bài học, Hà Nội.",
                "note",
            ),
        ],
        authors=["Phan Thị Lan", "Võ Văn Tâm"],
        opts={"posted": "17/11/2026 3:05:00 CH", "poster": "quantri.pbc"},
    ),
    Story(
        id=1512,
        slug="ket-qua-kiem-tra-danh-gia-giua-hoc-ky-i-nam-hoc-2026-2027",
        title="Kết quả kiểm tra, đánh giá giữa học kỳ I năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-06T11:00:00+07:00",
        blocks=[
            P(
                "Từ ngày 26/10 đến ngày 31/10/2026, Trường THCS Phan Bội Châu tổ chức kiểm tra, "
                "đánh giá giữa học kỳ I năm học 2026 - 2027 đối với các môn học đánh giá bằng nhận "
                "xét kết hợp đánh giá bằng điểm số theo Thông tư 22/2021/TT-BGDĐT."
            ),
            P(
                "Các bài kiểm tra được xây dựng theo ma trận, bản đặc tả với tỷ lệ 40% nhận biết, "
                "30% thông hiểu, 20% vận dụng và 10% vận dụng cao. Việc coi, chấm kiểm tra được thực "
                "hiện nghiêm túc, khách quan."
            ),
            P("Kết quả một số môn học chính như sau:"),
            P("Môn | Điểm 8 - 10 | Điểm 6,5 - dưới 8 | Điểm 5 - dưới 6,5 | Dưới 5", "rowh"),
            P("Toán | 28,4% | 35,1% | 27,9% | 8,6%", "row"),
            P("Ngữ văn | 24,7% | 41,3% | 29,2% | 4,8%", "row"),
            P("Tiếng Anh | 31,2% | 30,5% | 26,0% | 12,3%", "row"),
            P(
                "Căn cứ kết quả trên, các tổ chuyên môn xây dựng kế hoạch phụ đạo học sinh có kết "
                "quả chưa đạt và bồi dưỡng học sinh có năng khiếu ngay từ tuần 10."
            ),
            Raw(f"<p {_R}><strong><em>Bộ phận Chuyên môn</em></strong></p>"),
        ],
        authors=["Bộ phận Chuyên môn"],
        opts={"posted": "06/11/2026 11:00:00 SA", "poster": "quantri.pbc", "enc": "entities"},
    ),
    Story(
        id=1495,
        slug="tap-huan-su-dung-hoc-lieu-so-va-so-diem-dien-tu-cho-giao-vien",
        title="Tập huấn sử dụng học liệu số và sổ điểm điện tử cho giáo viên",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-21T08:30:00+07:00",
        blocks=[
            P(
                "Nhằm đẩy mạnh chuyển đổi số trong công tác quản lý và dạy học, ngày 19/10/2026, "
                "Trường THCS Phan Bội Châu tổ chức buổi tập huấn sử dụng kho học liệu số và sổ điểm "
                "điện tử cho toàn thể giáo viên."
            ),
            P(
                "Tại buổi tập huấn, thầy giáo Đặng Quốc Bảo, giáo viên Tin học đã hướng dẫn giáo "
                "viên cách khai thác kho học liệu số của ngành, cách nhập điểm, nhận xét học sinh "
                "và ký số học bạ điện tử trên hệ thống quản lý nhà trường."
            ),
            Img(
                f"{UP}/tin-tuc/2026/10/tap-huan-so-diem-dien-tu.jpg",
                "Giáo viên thực hành nhập điểm trên sổ điểm điện tử",
                "Giáo viên thực hành nhập điểm trên sổ điểm điện tử",
                "table",
            ),
            P(
                "Sau buổi tập huấn, 100% giáo viên đã thành thạo thao tác nhập điểm, nhận xét trên "
                "sổ điểm điện tử; nhà trường sẽ chính thức sử dụng sổ điểm điện tử thay thế sổ điểm "
                "giấy từ học kỳ I năm học 2026 - 2027."
            ),
            P("Một số lưu ý khi sử dụng sổ điểm điện tử:"),
            P("- Giáo viên nhập điểm chậm nhất 07 ngày sau khi kiểm tra;", "br"),
            P("- Không chia sẻ tài khoản, mật khẩu cho người khác;", "br"),
            P("- Thực hiện ký số học bạ đúng thời hạn quy định.", "br"),
            Raw(f"<p {_R}><b>Tin, ảnh: Đặng Quốc Bảo (GV Tin học)</b></p>"),
        ],
        authors=["Đặng Quốc Bảo"],
        photographers=["Đặng Quốc Bảo"],
        opts={
            "posted": "21/10/2026 8:30:00 SA",
            "updated": "22/10/2026 3:12:45 CH",
            "poster": "quantri.pbc",
        },
    ),
    Story(
        id=1553,
        slug="lien-doi-phat-dong-phong-trao-ke-hoach-nho-thu-gom-giay-vun-ung-ho-ban-ngheo",
        title="Liên đội phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, ủng hộ bạn nghèo",
        cat="hoat-dong-doi-doan",
        published_at="2026-11-26T14:40:00+07:00",
        blocks=[
            P(
                "Chào mừng 82 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - "
                "22/12/2026) và hưởng ứng phong trào “Nghìn việc tốt”, Liên đội Trường THCS Phan "
                "Bội Châu phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, vỏ lon, chai nhựa "
                "đến toàn thể đội viên."
            ),
            P(
                "Chỉ sau hai tuần phát động, các chi đội đã thu gom được hơn 1,8 tấn giấy vụn và "
                "3.500 vỏ lon, chai nhựa các loại. Chi đội 7B, 8A, 9C là những chi đội dẫn đầu phong "
                "trào."
            ),
            Img(
                f"{UP}/tin-tuc/2026/11/ke-hoach-nho-1.jpg",
                "(Đội viên chi đội 7B mang giấy vụn đến điểm tập kết)",
                "Đội viên chi đội 7B mang giấy vụn đến điểm tập kết",
                "next",
            ),
            P(
                "Toàn bộ số tiền thu được từ phong trào là 9.450.000 đồng sẽ được Liên đội dùng để "
                "mua sách vở, áo ấm tặng các bạn học sinh có hoàn cảnh khó khăn nhân dịp Tết Nguyên "
                "đán Đinh Mùi 2027."
            ),
            Img(
                f"{UP}/tin-tuc/2026/11/ke-hoach-nho-2.jpg",
                "(Ban chỉ huy Liên đội cân, phân loại giấy vụn)",
                "Ban chỉ huy Liên đội cân, phân loại giấy vụn",
                "next",
            ),
            P("Kết quả thu gom của các chi đội dẫn đầu:"),
            P("Chi đội 7B: 215 kg", "br"),
            P("Chi đội 8A: 198 kg", "br"),
            P("Chi đội 9C: 176 kg", "br"),
            Raw(f"<p {_R}><strong>Liên đội THCS Phan Bội Châu</strong></p>"),
        ],
        authors=["Liên đội THCS Phan Bội Châu"],
        opts={"posted": "26/11/2026 2:40:00 CH", "poster": "tpt.pbc"},
    ),
    Story(
        id=1503,
        slug="dai-hoi-lien-doi-truong-thcs-phan-boi-chau-nhiem-ky-2026-2027",
        title="Đại hội Liên đội Trường THCS Phan Bội Châu nhiệm kỳ 2026 - 2027",
        cat="hoat-dong-doi-doan",
        published_at="2026-10-24T09:00:00+07:00",
        blocks=[
            P(
                "Sáng ngày 23/10/2026, Liên đội Trường THCS Phan Bội Châu long trọng tổ chức Đại "
                "hội Liên đội nhiệm kỳ 2026 - 2027. Tham dự Đại hội có đồng chí Bí thư Đoàn xã Hưng "
                "Nguyên, đại diện Ban giám hiệu nhà trường, giáo viên chủ nhiệm và 120 đại biểu là "
                "đội viên ưu tú của 16 chi đội."
            ),
            P(
                "Đại hội đã thông qua báo cáo tổng kết công tác Đội và phong trào thiếu nhi nhiệm "
                "kỳ 2025 - 2026, đề ra phương hướng, nhiệm vụ nhiệm kỳ mới với các chỉ tiêu trọng "
                "tâm:"
            ),
            P("100% đội viên thực hiện tốt “5 điều Bác Hồ dạy thiếu niên, nhi đồng”;", "li"),
            P("Kết nạp 95% học sinh khối 6 vào Đội Thiếu niên Tiền phong Hồ Chí Minh;", "li"),
            P("Giới thiệu 50 đội viên ưu tú khối 9 cho Đoàn xã xem xét kết nạp Đoàn.", "li"),
            P(
                "Phát biểu tại Đại hội, cô giáo Lê Thị Thu Hà - Tổng phụ trách Đội đã nhắc nhở các "
                "em luôn ghi nhớ lời dạy của Bác Hồ:"
            ),
            P("“Tuổi nhỏ làm việc nhỏ, tùy theo sức của mình”.", "quote"),
            P(
                "Đại hội đã bầu Ban chỉ huy Liên đội nhiệm kỳ 2026 - 2027 gồm 09 em; em Nguyễn "
                "Hoàng Bảo Ngọc, lớp 9A được bầu làm Liên đội trưởng."
            ),
            Img(
                f"{UP}/tin-tuc/2026/10/dai-hoi-lien-doi.jpg",
                "Ban chỉ huy Liên đội nhiệm kỳ 2026 - 2027 ra mắt Đại hội",
                "Ban chỉ huy Liên đội nhiệm kỳ 2026 - 2027 ra mắt Đại hội",
                "next",
            ),
            Raw(f"<p {_R}><strong>BBT</strong></p>"),
        ],
        opts={"posted": "24/10/2026 9:00:00 SA", "poster": "tpt.pbc"},
    ),
    Story(
        id=1558,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-30",
        blocks=[
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%;">\n<tbody>\n'
                '<tr>\n<td style="width:42%;text-align:center;vertical-align:top;">UBND XÃ HƯNG '
                "NGUYÊN<br />\n<strong>TRƯỜNG THCS PHAN BỘI CHÂU</strong><br />\n"
                "<strong>———</strong></td>\n"
                '<td style="text-align:center;vertical-align:top;"><strong>CỘNG HÒA XÃ HỘI CHỦ '
                "NGHĨA VIỆT NAM</strong><br />\n<strong><u>Độc lập - Tự do - Hạnh phúc</u>"
                "</strong></td>\n</tr>\n"
                '<tr>\n<td style="text-align:center;">Số: 87/TB-THCSPBC</td>\n'
                '<td style="text-align:right;"><em>Hưng Nguyên, ngày 30 tháng 11 năm 2026</em>'
                "</td>\n</tr>\n</tbody>\n</table>\n"
                '<p style="text-align: center;">&nbsp;</p>\n'
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>\n'
                '<p style="text-align: center;"><strong>Về việc lịch kiểm tra, đánh giá cuối học '
                "kỳ I năm học 2026 - 2027</strong></p>"
            ),
            P(
                "Căn cứ Kế hoạch giáo dục nhà trường năm học 2026 - 2027; căn cứ Công văn số "
                "1892/SGDĐT-GDTrH ngày 20/11/2026 của Sở Giáo dục và Đào tạo Nghệ An về việc kiểm "
                "tra, đánh giá cuối học kỳ I năm học 2026 - 2027;",
                "doc",
            ),
            P("Trường THCS Phan Bội Châu thông báo lịch kiểm tra cuối học kỳ I như sau:", "doc"),
            P("1. Thời gian kiểm tra tập trung: từ ngày 21/12/2026 đến ngày 25/12/2026.", "doc"),
            P("Ngày | Buổi sáng | Buổi chiều", "rowh"),
            P("Thứ Hai, 21/12/2026 | Ngữ văn (90 phút) | Khoa học tự nhiên (60 phút)", "row"),
            P("Thứ Ba, 22/12/2026 | Toán (90 phút) | Lịch sử và Địa lí (60 phút)", "row"),
            P(
                "Thứ Tư, 23/12/2026 | Tiếng Anh (60 phút) | Giáo dục công dân, Công nghệ (45 phút)",
                "row",
            ),
            P(
                "2. Các môn học còn lại kiểm tra theo thời khóa biểu, hoàn thành trước ngày "
                "19/12/2026.",
                "doc",
            ),
            P(
                "3. Giáo viên chủ nhiệm thông báo lịch kiểm tra đến học sinh và cha mẹ học sinh; "
                "nhắc nhở học sinh ôn tập, có mặt tại phòng kiểm tra trước giờ làm bài 15 phút.",
                "doc",
            ),
            P("Đề nghị các tổ chuyên môn, giáo viên và học sinh nghiêm túc thực hiện./.", "doc"),
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%;">\n<tbody>\n'
                '<tr>\n<td style="width:50%;vertical-align:top;"><strong><em>Nơi nhận:</em>'
                "</strong><br />\n- Tổ chuyên môn, GVCN;<br />\n- Website trường;<br />\n"
                "- Lưu: VT.</td>\n"
                '<td style="text-align:center;vertical-align:top;"><strong>KT. HIỆU TRƯỞNG<br />\n'
                "PHÓ HIỆU TRƯỞNG</strong><br />\n<br />\n<em>(Đã ký)</em><br />\n<br />\n"
                "<strong>Nguyễn Văn Toàn</strong></td>\n</tr>\n</tbody>\n</table>"
            ),
        ],
        authors=["Nguyễn Văn Toàn"],
        opts={
            "posted": "01/12/2026 9:05:00 SA",
            "poster": "vanthu.pbc",
            "files": [("TB87-lich-kiem-tra-cuoi-HKI.pdf", "TB87-lich-kiem-tra-cuoi-HKI.pdf")],
        },
    ),
    Story(
        id=1531,
        slug="thong-bao-cho-hoc-sinh-nghi-hoc-ngay-13-11-2026-do-anh-huong-cua-mua-lu",
        title="Thông báo cho học sinh nghỉ học ngày 13/11/2026 do ảnh hưởng của mưa lũ",
        cat="thong-bao",
        published_at="2026-11-12T18:30:00+07:00",
        blocks=[
            P(
                "Do ảnh hưởng của hoàn lưu cơn bão số 9, trên địa bàn xã Hưng Nguyên có mưa to đến "
                "rất to, nhiều tuyến đường bị ngập sâu, chia cắt, tiềm ẩn nguy cơ mất an toàn cho "
                "học sinh khi đến trường."
            ),
            P(
                "Thực hiện chỉ đạo của UBND xã Hưng Nguyên, Trường THCS Phan Bội Châu thông báo: "
                "toàn bộ học sinh nhà trường nghỉ học ngày Thứ Sáu, 13/11/2026. Thời gian đi học trở "
                "lại nhà trường sẽ thông báo sau qua hệ thống tin nhắn và nhóm Zalo các lớp."
            ),
            P(
                "Đề nghị cha mẹ học sinh quản lý chặt chẽ con em, tuyệt đối không để các em đến gần "
                "sông, suối, ao hồ và các khu vực ngập nước, sạt lở."
            ),
        ],
        opts={
            "posted": "12/11/2026 6:30:00 CH",
            "updated": "13/11/2026 6:02:10 SA",
            "poster": "vanthu.pbc",
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}


def _sort_key(story: Story) -> tuple[int, int, int, int]:
    day, clock, half = story.opts["posted"].split()
    d, m, y = (int(x) for x in day.split("/"))
    hh, mm, _ss = (int(x) for x in clock.split(":"))
    hh = hh % 12 + (12 if half == "CH" else 0)
    return (y, m, d, hh * 60 + mm)


#: newest first, as every list of the platform sorts
ORDER = sorted(STORIES, key=_sort_key, reverse=True)
MOST_READ = [1547, 1565, 1553, 1531, 1520]


def story_path(story: Story, cat: str | None = None) -> str:
    return f"/tin-tuc/{cat or story.cat}/{story.slug}-{story.id}.html"


def print_path(story: Story) -> str:
    return f"/tin-tuc/in-bai/{story.id}.html"


def cat_stories(cat: str) -> list[Story]:
    return [s for s in ORDER if s.cat == cat]


def _pages(cat: str) -> int:
    return max(1, -(-len(cat_stories(cat)) // PAGE_SIZE))


# --- non-article pages ---------------------------------------------------------------------------

DOCS = [
    {
        "id": 245,
        "slug": "ke-hoach-to-chuc-hoat-dong-trai-nghiem-huong-nghiep-hoc-ky-i-nam-hoc-2026-2027",
        "so": "125/KH-THCSPBC",
        "day": "28/11/2026",
        "kind": "Kế hoạch",
        "title": "Kế hoạch tổ chức hoạt động trải nghiệm, hướng nghiệp học kỳ I năm học 2026 - 2027",
        "signer": "Nguyễn Đức Thắng",
        "file": "KH125-trai-nghiem-huong-nghiep.pdf",
        "views": 214,
    },
    {
        "id": 239,
        "slug": "quyet-dinh-thanh-lap-ban-to-chuc-hoi-thi-giao-vien-day-gioi-cap-truong",
        "so": "98/QĐ-THCSPBC",
        "day": "10/11/2026",
        "kind": "Quyết định",
        "title": "Quyết định thành lập Ban tổ chức, Ban giám khảo Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        "signer": "Nguyễn Đức Thắng",
        "file": "QD98-thanh-lap-BTC-hoi-thi-GVDG.pdf",
        "views": 167,
    },
]
ALBUM = {
    "id": 31,
    "slug": "le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    "title": "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
    "day": "21/11/2026",
    "photos": [
        "Tiết mục văn nghệ chào mừng của học sinh lớp 8A",
        "Học sinh tặng hoa chúc mừng thầy cô giáo",
        "Các thầy cô giáo nghỉ hưu về dự Lễ kỷ niệm",
        "Tập thể cán bộ, giáo viên, nhân viên nhà trường chụp ảnh lưu niệm",
    ],
}
VIDEO = {
    "id": 18,
    "slug": "tiet-muc-van-nghe-chao-mung-ngay-nha-giao-viet-nam-20-11",
    "title": "Tiết mục văn nghệ chào mừng Ngày Nhà giáo Việt Nam 20/11",
    "day": "22/11/2026",
    "yt": "k3Xq9vR2bLw",
}
PAGES = {
    2: ("lich-su-phat-trien", "Lịch sử phát triển nhà trường"),
    3: ("co-cau-to-chuc", "Cơ cấu tổ chức"),
}


def doc_path(doc: dict) -> str:
    return f"/van-ban/{doc['slug']}-{doc['id']}.html"


ALBUM_PATH = f"/thu-vien-anh/{ALBUM['slug']}-{ALBUM['id']}.html"
VIDEO_PATH = f"/video/{VIDEO['slug']}-{VIDEO['id']}.html"


def page_path(pid: int) -> str:
    return f"/trang/{PAGES[pid][0]}-{pid}.html"


# --- markup pieces ------------------------------------------------------------------------------


def _enc(story: Story, value: str) -> str:
    mode = story.opts.get("enc")
    if mode == "nfd":
        return text(value, nfd=True)
    if mode == "entities":
        return text(value, entities=2)
    return text(value)


_MSO_SPAN = (
    '<span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,'
    '&quot;serif&quot;;mso-fareast-font-family:&quot;Times New Roman&quot;">'
)


def _para_html(story: Story, p: P, extra: list[P]) -> str:
    """One paragraph; ``extra`` are the following ``br`` paragraphs printed in the same <p>."""
    t = _enc(story, p.text)
    style = p.style
    if style.startswith("sup@"):
        _, anchor, n = style.split("@")
        head, tail = p.text.split(anchor, 1)
        t = (
            _enc(story, head + anchor)
            + f'<sup><a href="#_ftn{n}" name="_ftnref{n}" title="">{n}</a></sup>'
            + _enc(story, tail)
        )
        style = ""
    elif style.startswith("supb@"):
        _, call = style.split("@")
        head = p.text[: -len(call)]
        n = call.strip("[]")
        t = _enc(story, head) + f'<sup><a href="#_ftn{n}" name="_ftnref{n}" title="">{call}</a></sup>'
        style = ""
    if extra:
        t += "".join("<br />\n" + _enc(story, e.text) for e in extra)
    if style == "lead":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if style == "mso":
        return (
            '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;'
            f'text-indent:28.35pt;line-height:normal">{_MSO_SPAN}{t}</span></p>'
        )
    if style == "msoli":
        return (
            '<p class="MsoListParagraphCxSpMiddle" style="margin-left:42.55pt;mso-add-space:auto;'
            'text-align:justify;text-indent:-14.2pt;line-height:normal;mso-list:l0 level1 lfo1">'
            f"<!--[if !supportLists]-->{_MSO_SPAN}"
            '<span style="mso-list:Ignore">-<span style="font:7.0pt &quot;Times New Roman&quot;">'
            "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->"
            f"{_MSO_SPAN}{t}</span></p>"
        )
    if style == "h":
        return f'<p style="text-align: justify;"><strong><u>{t}</u></strong></p>'
    if style == "quote":
        return f'<blockquote>\n<p style="text-align: center;"><em>{t}</em></p>\n</blockquote>'
    if style == "note":
        return f'<p style="text-align: justify;"><span style="font-size:12px;">{t}</span></p>'
    if style == "doc":
        return f'<p style="text-indent: 36pt; text-align: justify;">{t}</p>'
    return f'<p style="text-align: justify;">{t}</p>'


def _img_html(img: Img, *, printing: bool = False) -> str:
    src = esc(img.src)
    if img.style == "lazy" and not printing:
        tag = (
            '<img alt="" class="lazy" src="/Content/images/grey.gif" '
            f'data-original="{src}" style="width: 640px; height: 427px;" />'
        )
    else:
        tag = f'<img alt="" src="{src}" style="width: 640px; height: 427px;" />'
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="anh_ck" '
            'style="width: 92%;">\n<tbody>\n'
            f"<tr>\n<td>{tag}</td>\n</tr>\n"
            '<tr>\n<td style="text-align: center;"><span style="color:#0000cd;">'
            f'<span style="font-size:12px;"><em>{esc(img.printed or "")}</em></span></span></td>\n'
            "</tr>\n</tbody>\n</table>"
        )
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.printed:
        out += f'\n<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
    return out


def _table_html(story: Story, rows: list[P]) -> str:
    lines = [
        '<table border="1" cellpadding="4" cellspacing="0" style="width:100%;border-collapse:'
        'collapse;">',
        "<tbody>",
    ]
    for row in rows:
        cells = row.text.split(" | ")
        if row.style == "rowh":
            tds = "".join(
                f'<td style="text-align:center;"><strong>{_enc(story, c)}</strong></td>' for c in cells
            )
        else:
            tds = "".join(f"<td>{_enc(story, c)}</td>" for c in cells)
        lines.append(f"<tr>{tds}</tr>")
    lines += ["</tbody>", "</table>"]
    return "\n".join(lines)


def body_html(story: Story, *, printing: bool = False) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
        elif isinstance(b, Img):
            out.append(_img_html(b, printing=printing))
            i += 1
        elif b.style in ("row", "rowh"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style in ("row", "rowh"):
                j += 1
            out.append(_table_html(story, blocks[i:j]))
            i = j
        elif b.style == "li":
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == "li":
                j += 1
            items = "".join(f"\n<li>{_enc(story, p.text)}</li>" for p in blocks[i:j])
            out.append(f"<ul>{items}\n</ul>")
            i = j
        else:
            j = i + 1
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == "br":
                j += 1
            out.append(_para_html(story, b, list(blocks[i + 1 : j])))
            i = j
    return "\n".join(out)


def _viewstate_fields(seed: str, validation: bool) -> str:
    out = (
        '<div class="aspNetHidden">\n'
        '<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\n'
        '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\n'
        f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{opaque(seed, 540, b"/wEPDwUKLTY0")}" />\n'
        "</div>\n"
        '<script type="text/javascript">\n//<![CDATA[\n'
        "var theForm = document.forms['aspnetForm'];\n"
        "if (!theForm) {\n    theForm = document.aspnetForm;\n}\n"
        "function __doPostBack(eventTarget, eventArgument) {\n"
        "    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\n"
        "        theForm.__EVENTTARGET.value = eventTarget;\n"
        "        theForm.__EVENTARGUMENT.value = eventArgument;\n"
        "        theForm.submit();\n    }\n}\n//]]>\n</script>\n"
    )
    tail = (
        '<div class="aspNetHidden">\n'
        '<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />\n'
    )
    if validation:
        tail += (
            '<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" '
            f'value="{opaque(seed + "ev", 96, b"/wEdAAo")}" />\n'
        )
    tail += "</div>\n"
    return out + tail


def _menu() -> str:
    news = "".join(
        f'\n<li><a href="/tin-tuc/{slug}">{esc(CATS[slug])}</a></li>' for slug in NEWS_CATS
    )
    return f"""<div id="ctl00_ucMenu_divMenu" class="mnu_ngang">
<ul class="mnu_c1">
<li class="mnu_trangchu"><a href="/"><img src="/Content/thcs-phanboichau/images/icon_home.png" alt="Trang chủ" /></a></li>
<li class="co_con"><a href="javascript:void(0);">Giới thiệu</a>
<ul class="mnu_c2">
<li><a href="{page_path(2)}">Lịch sử phát triển</a></li>
<li><a href="{page_path(3)}">Cơ cấu tổ chức</a></li>
</ul></li>
<li class="co_con"><a href="javascript:void(0);">Tin tức</a>
<ul class="mnu_c2">{news}
</ul></li>
<li><a href="/tin-tuc/thong-bao">Thông báo</a></li>
<li><a href="/van-ban">Văn bản</a></li>
<li class="co_con"><a href="javascript:void(0);">Thư viện</a>
<ul class="mnu_c2">
<li><a href="/thu-vien-anh">Thư viện ảnh</a></li>
<li><a href="/video">Thư viện video</a></li>
</ul></li>
<li><a href="/bang-tin">Bảng tin</a></li>
<li><a href="/lien-he">Liên hệ</a></li>
</ul>
</div>"""


def _sidebar() -> str:
    notices = "".join(
        f'\n<li><a href="{story_path(s)}">{esc(s.title)}</a> <img src="/Content/images/new.gif" alt="" /></li>'
        for s in cat_stories("thong-bao")
    )
    docs = "".join(
        f'\n<tr><td class="vb_so">{esc(d["so"])}</td><td><a href="{doc_path(d)}">{esc(d["title"])}</a></td></tr>'
        for d in DOCS
    )
    most = "".join(
        f'\n<li><a href="{story_path(BY_ID[i])}" title="{esc(BY_ID[i].title)}">{esc(BY_ID[i].title)}</a></li>'
        for i in MOST_READ
    )
    return f"""<div class="cot_phai" id="ctl00_divCotPhai">
<div class="portlet" id="pl_thongbao">
<div class="pl_tde"><span>THÔNG BÁO</span></div>
<div class="pl_nd"><marquee direction="up" scrollamount="2" onmouseover="this.stop();" onmouseout="this.start();" height="160">
<ul class="ds_thongbao">{notices}
</ul></marquee></div>
</div>
<div class="portlet" id="pl_vanban">
<div class="pl_tde"><span>VĂN BẢN MỚI</span></div>
<div class="pl_nd"><table class="tbl_vbmoi" cellspacing="0">{docs}
</table></div>
</div>
<div class="portlet" id="pl_docnhieu">
<div class="pl_tde"><span>TIN ĐỌC NHIỀU</span></div>
<div class="pl_nd"><ul class="ds_docnhieu">{most}
</ul></div>
</div>
<div class="portlet" id="pl_video">
<div class="pl_tde"><span>VIDEO CLIP</span></div>
<div class="pl_nd"><a href="{VIDEO_PATH}"><img src="/Upload/thcs-phanboichau/video/thumb_{VIDEO['id']}.jpg" alt="" width="260" /></a>
<p><a href="{VIDEO_PATH}">{esc(VIDEO['title'])}</a></p></div>
</div>
<div class="portlet" id="pl_anh">
<div class="pl_tde"><span>THƯ VIỆN ẢNH</span></div>
<div class="pl_nd"><a href="{ALBUM_PATH}"><img src="/Upload/thcs-phanboichau/album/{ALBUM['id']}/thumb_01.jpg" alt="" width="260" /></a></div>
</div>
<div class="portlet" id="pl_loihay">
<div class="pl_tde"><span>LỜI HAY Ý ĐẸP</span></div>
<div class="pl_nd"><p style="font-style:italic;text-align:justify">“Không có việc gì khó, chỉ sợ lòng không bền; đào núi và lấp biển, quyết chí ắt làm nên.”</p>
<p style="text-align:right">- Hồ Chí Minh -</p></div>
</div>
<div class="portlet" id="pl_lienket">
<div class="pl_tde"><span>LIÊN KẾT WEBSITE</span></div>
<div class="pl_nd"><select onchange="if(this.value!='')window.open(this.value);" style="width:100%">
<option value="">-- Liên kết website --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://nghean.edu.vn">Sở GD&amp;ĐT Nghệ An</option>
<option value="https://vnedu.vn">Hệ thống vnEdu</option>
</select>
<p><a href="https://truonghocketnoi.edu.vn" target="_blank"><img src="/Content/thcs-phanboichau/images/banner_thkn.png" alt="Trường học kết nối" width="260" /></a></p></div>
</div>
<div class="portlet" id="pl_binhchon">
<div class="pl_tde"><span>THĂM DÒ Ý KIẾN</span></div>
<div class="pl_nd"><p>Bạn biết đến website của nhà trường qua kênh nào?</p>
<input type="radio" name="ctl00$ucBinhChon$rdoLuaChon" value="1" id="bc1" /><label for="bc1">Giáo viên chủ nhiệm giới thiệu</label><br />
<input type="radio" name="ctl00$ucBinhChon$rdoLuaChon" value="2" id="bc2" /><label for="bc2">Nhóm Zalo của lớp</label><br />
<input type="radio" name="ctl00$ucBinhChon$rdoLuaChon" value="3" id="bc3" /><label for="bc3">Tìm kiếm trên Internet</label><br />
<input type="button" class="btn_bc" value="Bình chọn" onclick="BinhChon(3);" />
<input type="button" class="btn_bc" value="Xem kết quả" onclick="window.open('/BinhChon/KetQua.aspx?id=3','KQ','width=420,height=360');" /></div>
</div>
<div class="portlet" id="pl_thongke">
<div class="pl_tde"><span>THỐNG KÊ TRUY CẬP</span></div>
<div class="pl_nd"><table class="tbl_tk">
<tr><td>Đang online:</td><td><span id="ctl00_ucThongKe_lblOnline">23</span></td></tr>
<tr><td>Hôm nay:</td><td><span id="ctl00_ucThongKe_lblHomNay">412</span></td></tr>
<tr><td>Hôm qua:</td><td><span id="ctl00_ucThongKe_lblHomQua">538</span></td></tr>
<tr><td>Tổng truy cập:</td><td><span id="ctl00_ucThongKe_lblTong">1.284.517</span></td></tr>
</table></div>
</div>
</div>"""


def _layout(
    request: Request,
    *,
    title: str,
    main: str,
    seed: str,
    validation: bool = False,
    description: str | None = None,
    canonical: str | None = None,
    og_image: str | None = None,
) -> Response:
    base = base_url(request)
    action = "./" + (request.path.rstrip("/").rsplit("/", 1)[-1] or "")
    if request.query:
        action += "?" + request.query.replace("&", "&amp;")
    head = ""
    if description:
        head += f'<meta name="description" content="{esc(description)}" />\n'
    if canonical:
        head += f'<link rel="canonical" href="{base}{canonical}" />\n'
        head += f'<meta property="og:url" content="{base}{canonical}" />\n'
    head += f'<meta property="og:title" content="{esc(title)}" />\n'
    if og_image:
        head += f'<meta property="og:image" content="{base}{og_image}" />\n'
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	{esc(title)} - {SCHOOL}
</title>
<meta name="keywords" content="THCS Phan Bội Châu, Hưng Nguyên, Nghệ An, trường học" />
{head}<link href="/Content/thcs-phanboichau/css/style.css" rel="stylesheet" type="text/css" />
<link href="/Content/css/menu.css" rel="stylesheet" type="text/css" />
<script src="/Scripts/jquery-1.8.2.min.js" type="text/javascript"></script>
<script src="/Scripts/jquery.lazyload.min.js" type="text/javascript"></script>
<script type="text/javascript">$(function(){{$("img.lazy").lazyload({{effect:"fadeIn"}});}});
function TimKiem(){{var k=document.getElementById('txtTuKhoa').value;if(k!='')location.href='/tim-kiem?tukhoa='+encodeURIComponent(k);}}</script>
</head>
<body>
<form name="aspnetForm" method="post" action="{action}" id="aspnetForm">
{_viewstate_fields(seed, validation)}
<div id="wrapper">
<div class="thanh_tren">
<span class="ngay_ht">{HEADER_DAY}</span>
<span class="dn"><a href="https://quantri.truonghoc.vnptnghean.vn/dang-nhap" target="_blank">Đăng nhập</a></span>
<span class="tk"><input type="text" id="txtTuKhoa" name="ctl00$ucHeader$txtTuKhoa" placeholder="Nhập từ khóa..." onkeypress="if(event.keyCode==13){{TimKiem();return false;}}" /><a href="javascript:TimKiem();"><img src="/Content/images/icon_search.png" alt="Tìm kiếm" /></a></span>
</div>
<div class="banner" style="background:url(/Content/thcs-phanboichau/images/banner.jpg) no-repeat">
<a href="/"><img src="/Content/thcs-phanboichau/images/logo.png" alt="Logo" class="logo" /></a>
<div class="ten_truong"><span class="cq_chuquan">UBND XÃ HƯNG NGUYÊN</span>
<h1>{SCHOOL_UP}</h1>
<span class="khauhieu">Dạy tốt - Học tốt - Rèn luyện tốt</span></div>
</div>
{_menu()}
<div class="chay_chu"><marquee scrollamount="3">Nhiệt liệt chào mừng 82 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2026) và 37 năm Ngày hội Quốc phòng toàn dân (22/12/1989 - 22/12/2026)!</marquee></div>
<div class="noidung_chinh">
<div class="cot_trai" id="ctl00_divCotTrai">
{main}
</div>
{_sidebar()}
<div class="clear"></div>
</div>
<div class="chan_trang">
<p><strong>{SCHOOL_UP} - XÃ HƯNG NGUYÊN, TỈNH NGHỆ AN</strong></p>
<p>Địa chỉ: Xóm 5, xã Hưng Nguyên, tỉnh Nghệ An - Điện thoại: 0238.3821.456 - Email: c2phanboichau.hn@nghean.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Thầy Nguyễn Đức Thắng - Hiệu trưởng</p>
<p>© 2026 Bản quyền thuộc về {SCHOOL}. Phát triển bởi <a href="https://vnpt.com.vn" target="_blank">VNPT Nghệ An</a></p>
</div>
</div>
</form>
</body>
</html>"""
    return html(page, headers={"X-AspNet-Version": "4.0.30319", "X-Powered-By": "ASP.NET"})


def _crumbs(*items: tuple[str, str | None]) -> str:
    parts = ['<a href="/">Trang chủ</a>']
    for label, href in items:
        parts.append(f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return '<div class="duongdan">' + " <span class=\"dd_sep\">»</span> ".join(parts) + "</div>"


def _cat_crumbs(cat: str) -> str:
    if cat in NEWS_CATS:
        return _crumbs(("Tin tức", None), (CATS[cat], f"/tin-tuc/{cat}"))
    return _crumbs((CATS[cat], f"/tin-tuc/{cat}"))


def _day(story: Story) -> str:
    return story.opts["posted"].split()[0]


def _short(value: str, limit: int) -> str:
    if len(value) <= limit:
        return value
    cut = value[:limit].rsplit(" ", 1)[0]
    return cut + "..."


def _desc(story: Story) -> str:
    if story.summary:
        return story.summary
    first = next(b.text for b in story.blocks if isinstance(b, P))
    return _short(first, 180)


def _avatar(story: Story) -> str:
    return f"{UP}/avatar/{story.id}.jpg"


# --- page templates -----------------------------------------------------------------------------


def article_page(request: Request, story: Story) -> Response:
    others = [s for s in ORDER if s.id != story.id][:4]
    other_html = "".join(
        f'\n<li><a href="{story_path(s)}">{esc(s.title)}</a> <span class="ngay_tk">({_day(s)})</span></li>'
        for s in others
    )
    info = (
        '<span class="ngay_ct"><img src="/Content/images/icon_lich.gif" alt="" /> '
        f'<span id="ctl00_cphNoiDung_ucChiTietTin_lblNgayDang">{story.opts["posted"]}</span></span>'
    )
    if story.opts.get("updated"):
        info += f' <span class="capnhat_ct">(Cập nhật lần cuối: {story.opts["updated"]})</span>'
    info += (
        f' <span class="luotxem_ct">&nbsp;|&nbsp; Lượt xem: <b>{story.views()}</b></span>'
        f' <span class="nguoidang_ct">&nbsp;|&nbsp; Người đăng: {story.opts["poster"]}</span>'
    )
    url = base_url(request) + story_path(story)
    tools = (
        '<div class="congcu_ct">'
        '<a href="javascript:ChangeFontSize(-1);" title="Giảm cỡ chữ">A-</a> '
        '<a href="javascript:ChangeFontSize(1);" title="Tăng cỡ chữ">A+</a> '
        f"<a href=\"javascript:void(0);\" onclick=\"window.open('{print_path(story)}','InBai',"
        "'width=820,height=640,scrollbars=yes');return false;\">"
        '<img src="/Content/images/icon_print.gif" alt="" /> In bài</a> '
        f'<a href="mailto:?subject={quote(story.title)}&amp;body={quote(url)}">'
        '<img src="/Content/images/icon_email.gif" alt="" /> Gửi email</a> '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={quote(url, safe="")}" target="_blank">'
        '<img src="/Content/images/icon_fb.png" alt="Chia sẻ Facebook" /></a> '
        f'<div class="zalo-share-button" data-href="{esc(url)}" data-oaid="579745863508352884" '
        'data-layout="1" data-color="blue" data-customize="false"></div>'
        "</div>"
    )
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<div class="tomtat_ct"><strong>{esc(story.summary)}</strong></div>\n'
    after = ""
    if story.opts.get("author_box"):
        after += f'<div class="ttct_tacgia" style="text-align:right;font-weight:bold;">{esc(story.opts["author_box"])}</div>\n'
    for fname, label in story.opts.get("files", []):
        after += (
            '<div class="file_dk"><img src="/Content/images/icon_pdf.gif" alt="" /> Tệp đính kèm: '
            f'<a href="{UP}/files/{fname}" target="_blank">{esc(label)}</a></div>\n'
        )
    main = f"""<div class="khungtin_ct" id="ctl00_cphNoiDung_ucChiTietTin_pnlChiTiet">
{_cat_crumbs(story.cat)}
<h2 class="tde_ct"><span id="ctl00_cphNoiDung_ucChiTietTin_lblTieuDe">{esc(story.title)}</span></h2>
<div class="tt_ct">{info}</div>
{tools}
{sapo}<div class="noidung_ct" id="ctl00_cphNoiDung_ucChiTietTin_divNoiDung">
{body_html(story)}
</div>
{after}<div class="tinkhac_ct">
<div class="tde_tinkhac">Các tin khác</div>
<ul>{other_html}
</ul>
</div>
</div>"""
    return _layout(
        request,
        title=story.title,
        main=main,
        seed=f"art{story.id}",
        description=_desc(story),
        canonical=story_path(story),
        og_image=_avatar(story),
    )


def print_page(request: Request, story: Story) -> Response:
    sapo = f"<p><b>{esc(story.summary)}</b></p>\n" if story.summary and story.sapo_outside else ""
    after = ""
    if story.opts.get("author_box"):
        after = f'<p style="text-align:right"><b>{esc(story.opts["author_box"])}</b></p>\n'
    page = f"""<!DOCTYPE html>
<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>In bài viết</title>
<style>body{{font-family:"Times New Roman";font-size:14pt;width:760px;margin:auto}}</style>
</head>
<body onload="window.print();">
<table width="100%"><tr><td><img src="/Content/thcs-phanboichau/images/logo.png" alt="" width="60" /></td>
<td><b>{SCHOOL_UP}</b><br />Địa chỉ: Xóm 5, xã Hưng Nguyên, tỉnh Nghệ An</td></tr></table>
<hr />
<h3 class="in_tde">{esc(story.title)}</h3>
<div class="in_ngay">Ngày đăng: {story.opts["posted"]}</div>
{sapo}<div class="in_nd">
{body_html(story, printing=True)}
</div>
{after}<hr />
<p style="font-size:10pt">Địa chỉ bài viết: {esc(base_url(request) + story_path(story))}</p>
</body>
</html>"""
    return html(page)


def _pager(page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    cells = []
    for n in range(1, pages + 1):
        if n == page:
            cells.append(f'<span class="trang_ht">{n}</span>')
        else:
            target = f"ctl00$cphNoiDung$ucDanhSachTin$rptTrang$ctl{n - 1:02d}$lbtTrang"
            cid = target.replace("$", "_")
            cells.append(
                f'<a id="{cid}" class="trang" href="javascript:__doPostBack(&#39;{target}&#39;,&#39;&#39;)">{n}</a>'
            )
    return (
        '<div class="phantrang" id="ctl00_cphNoiDung_ucDanhSachTin_divPhanTrang">Trang: '
        + " ".join(cells)
        + "</div>"
    )


def listing_page(request: Request, cat: str, page: int) -> Response:
    stories = cat_stories(cat)
    pages = _pages(cat)
    page = min(max(page, 1), pages)
    chunk = stories[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    items = []
    for s in chunk:
        items.append(
            f"""<div class="item_ds">
<a class="anh_ds" href="{story_path(s)}"><img src="{_avatar(s)}" alt="" width="160" height="110" /></a>
<div class="tt_ds"><a class="tde_ds" href="{story_path(s)}" title="{esc(s.title)}">{esc(_short(s.title, 70))}</a>
<span class="ngay_ds">({_day(s)})</span>
<div class="mota_ds">{esc(_short(_desc(s), 200))}</div></div>
<div class="clear"></div>
</div>"""
        )
    main = f"""<div class="khung_ds" id="ctl00_cphNoiDung_ucDanhSachTin_pnlDanhSach">
{_cat_crumbs(cat)}
<div class="tde_dm"><span>{esc(CATS[cat])}</span></div>
{chr(10).join(items)}
{_pager(page, pages)}
</div>"""
    return _layout(
        request, title=CATS[cat], main=main, seed=f"ds-{cat}-{page}", validation=pages > 1
    )


def home_page(request: Request) -> Response:
    featured = [s for s in ORDER if s.opts.get("featured")]
    slides = "".join(
        f"""
<div class="slide_item"><a href="{story_path(s, "tin-noi-bat")}"><img src="{_avatar(s)}" alt="" width="540" height="340" /></a>
<div class="slide_tde"><a href="{story_path(s, "tin-noi-bat")}">{esc(s.title)}</a></div></div>"""
        for s in featured
    )
    blocks = []
    for cat in CATS:
        stories = cat_stories(cat)[:PAGE_SIZE]
        first, rest = stories[0], stories[1:]
        rest_html = "".join(
            f'\n<li><a href="{story_path(s)}">{esc(_short(s.title, 80))}</a> <span class="ngay">({_day(s)[:5]})</span></li>'
            for s in rest
        )
        blocks.append(
            f"""<div class="khoi_tc" id="khoi_{cat}">
<div class="khoi_tde"><a href="/tin-tuc/{cat}">{esc(CATS[cat])}</a></div>
<div class="tin_dau"><a href="{story_path(first)}"><img src="{_avatar(first)}" alt="" width="200" height="140" /></a>
<a class="tde_dau" href="{story_path(first)}">{esc(first.title)}</a>
<p>{esc(_short(_desc(first), 160))}</p></div>
<ul class="ds_tinkhac">{rest_html}
</ul>
<div class="xemthem"><a href="/tin-tuc/{cat}" class="btn_xemthem">Xem thêm <i class="fa fa-angle-double-right"></i></a></div>
</div>"""
        )
    main = f"""<div class="slider" id="tin_noi_bat">
<div class="slider_tde">TIN NỔI BẬT</div>{slides}
</div>
{chr(10).join(blocks)}"""
    return _layout(
        request,
        title="Trang chủ",
        main=main,
        seed="home",
        description=f"Cổng thông tin điện tử {SCHOOL}, xã Hưng Nguyên, tỉnh Nghệ An",
    )


# notice board: notices (legacy module: session-prefixed links) and documents, newest first
BOARD = [
    ("n", 1558),
    ("d", 245),
    ("n", 1531),
    ("d", 239),
]
BOARD_FIRST = 3


def board_page(request: Request, trang: int) -> Response:
    shown = BOARD if trang >= 2 else BOARD[:BOARD_FIRST]
    rows = []
    for kind, key in shown:
        if kind == "n":
            s = BY_ID[key]
            href, label, day = f"/{SESSION}{story_path(s)}", s.title, _day(s)
        else:
            d = next(x for x in DOCS if x["id"] == key)
            href, label, day = doc_path(d), f"{d['kind']} số {d['so']}: {d['title']}", d["day"]
        rows.append(
            f'<li class="bt_item"><img src="/Content/images/icon_bt.gif" alt="" /> '
            f'<a href="{href}">{esc(label)}</a> <span class="bt_ngay">[{day}]</span></li>'
        )
    more = ""
    if trang < 2 and len(BOARD) > BOARD_FIRST:
        more = '<div class="xemthem_bt"><a class="btnXemThem" href="/bang-tin?trang=2">Xem thêm</a></div>'
    main = f"""<div class="khung_bt">
{_crumbs(("Bảng tin", "/bang-tin"))}
<div class="tde_dm"><span>Bảng tin nhà trường</span></div>
<ul class="ds_bangtin">
{chr(10).join(rows)}
</ul>
{more}
</div>"""
    return _layout(request, title="Bảng tin", main=main, seed=f"bt{trang}")


def docs_page(request: Request) -> Response:
    rows = "".join(
        f"""
<tr><td>{n}</td><td>{esc(d["so"])}</td><td>{d["day"]}</td><td><a href="{doc_path(d)}">{esc(d["title"])}</a></td>
<td><a href="{UP}/van-ban/{d["file"]}" target="_blank"><img src="/Content/images/icon_pdf.gif" alt="Tải về" /></a></td></tr>"""
        for n, d in enumerate(DOCS, 1)
    )
    main = f"""<div class="khung_vb">
{_crumbs(("Văn bản", "/van-ban"))}
<div class="tde_dm"><span>Văn bản</span></div>
<table class="tbl_vb" border="1" cellspacing="0" cellpadding="4" width="100%">
<tr class="tieude"><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>{rows}
</table>
</div>"""
    return _layout(request, title="Văn bản", main=main, seed="vb")


def doc_page(request: Request, d: dict) -> Response:
    main = f"""<div class="khung_vbct">
{_crumbs(("Văn bản", "/van-ban"))}
<h2 class="tde_ct">{esc(d["kind"])} số {esc(d["so"])}</h2>
<table class="tbl_vbct" border="1" cellspacing="0" cellpadding="5" width="100%">
<tr><td class="nhan" width="28%">Số/Ký hiệu</td><td>{esc(d["so"])}</td></tr>
<tr><td class="nhan">Loại văn bản</td><td>{esc(d["kind"])}</td></tr>
<tr><td class="nhan">Ngày ban hành</td><td>{d["day"]}</td></tr>
<tr><td class="nhan">Cơ quan ban hành</td><td>{SCHOOL}</td></tr>
<tr><td class="nhan">Người ký</td><td>{esc(d["signer"])}</td></tr>
<tr><td class="nhan">Trích yếu</td><td>{esc(d["title"])}</td></tr>
<tr><td class="nhan">Lượt xem</td><td>{d["views"]}</td></tr>
<tr><td class="nhan">Tệp đính kèm</td><td><a href="{UP}/van-ban/{d["file"]}" target="_blank">{esc(d["file"])}</a></td></tr>
</table>
</div>"""
    return _layout(request, title=d["title"], main=main, seed=f"vb{d['id']}", canonical=doc_path(d))


def albums_page(request: Request) -> Response:
    main = f"""<div class="khung_tva">
{_crumbs(("Thư viện ảnh", "/thu-vien-anh"))}
<div class="tde_dm"><span>Thư viện ảnh</span></div>
<div class="album_item"><a href="{ALBUM_PATH}"><img src="{UP}/album/{ALBUM["id"]}/thumb_01.jpg" alt="" width="220" /></a>
<p><a href="{ALBUM_PATH}">{esc(ALBUM["title"])}</a> ({len(ALBUM["photos"])} ảnh)</p></div>
</div>"""
    return _layout(request, title="Thư viện ảnh", main=main, seed="tva")


def album_page(request: Request) -> Response:
    photos = "".join(
        f"""
<div class="anh_album"><a href="{UP}/album/{ALBUM["id"]}/{n:02d}.jpg" rel="lightbox[album{ALBUM["id"]}]" title="{esc(cap)}"><img src="{UP}/album/{ALBUM["id"]}/thumb_{n:02d}.jpg" alt="{esc(cap)}" width="200" /></a>
<p class="mota_anh">{esc(cap)}</p></div>"""
        for n, cap in enumerate(ALBUM["photos"], 1)
    )
    main = f"""<div class="khung_album">
{_crumbs(("Thư viện ảnh", "/thu-vien-anh"))}
<h2 class="tde_ct">{esc(ALBUM["title"])}</h2>
<div class="tt_ct">Ngày đăng: {ALBUM["day"]} | Số ảnh: {len(ALBUM["photos"])}</div>
<div class="ds_anh">{photos}
</div>
</div>"""
    return _layout(request, title=ALBUM["title"], main=main, seed="album31", canonical=ALBUM_PATH)


def videos_page(request: Request) -> Response:
    main = f"""<div class="khung_video">
{_crumbs(("Thư viện video", "/video"))}
<div class="tde_dm"><span>Thư viện video</span></div>
<div class="video_item"><a href="{VIDEO_PATH}"><img src="{UP}/video/thumb_{VIDEO["id"]}.jpg" alt="" width="220" /></a>
<p><a href="{VIDEO_PATH}">{esc(VIDEO["title"])}</a></p></div>
</div>"""
    return _layout(request, title="Thư viện video", main=main, seed="video")


def video_page(request: Request) -> Response:
    main = f"""<div class="khung_videoct">
{_crumbs(("Thư viện video", "/video"))}
<h2 class="tde_ct">{esc(VIDEO["title"])}</h2>
<div class="tt_ct">Ngày đăng: {VIDEO["day"]} | Lượt xem: 389</div>
<div class="video_nd"><iframe width="640" height="360" src="https://www.youtube.com/embed/{VIDEO["yt"]}" frameborder="0" allowfullscreen></iframe></div>
<p>Tiết mục múa “Người thầy” do tập thể học sinh lớp 8A biểu diễn tại Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.</p>
</div>"""
    return _layout(request, title=VIDEO["title"], main=main, seed="video18", canonical=VIDEO_PATH)


def static_page(request: Request, pid: int) -> Response:
    _slug, title = PAGES[pid]
    if pid == 2:
        content = """<p style="text-align: justify;">Trường THCS Phan Bội Châu được thành lập năm 1965 trên cơ sở tách ra từ Trường cấp I - II Hưng Nguyên. Những năm đầu thành lập, trường chỉ có 4 lớp học với 6 giáo viên, cơ sở vật chất thiếu thốn, phòng học tranh tre nứa lá.</p>
<p style="text-align: justify;">Trải qua hơn 60 năm xây dựng và phát triển, đến nay nhà trường có 16 lớp với 612 học sinh, 49 cán bộ, giáo viên, nhân viên. Trường đạt chuẩn Quốc gia mức độ 2 năm 2022 và đạt Kiểm định chất lượng giáo dục cấp độ 3.</p>
<p style="text-align: justify;">Nhà trường vinh dự được Chủ tịch nước tặng Huân chương Lao động hạng Ba năm 2015 và nhiều năm liền được UBND tỉnh Nghệ An tặng Cờ thi đua, Bằng khen.</p>
<p style="text-align: center;"><img src="/Upload/thcs-phanboichau/gioi-thieu/toan-canh-truong.jpg" alt="" width="600" /></p>"""
    else:
        content = """<p><strong>Ban giám hiệu</strong></p>
<table border="1" cellpadding="4" cellspacing="0" width="100%">
<tr><td>Thầy Nguyễn Đức Thắng</td><td>Hiệu trưởng</td><td>0912.345.678</td></tr>
<tr><td>Thầy Nguyễn Văn Toàn</td><td>Phó Hiệu trưởng</td><td>0987.654.321</td></tr>
<tr><td>Cô Hoàng Thị Mai</td><td>Phó Hiệu trưởng</td><td>0915.246.810</td></tr>
</table>
<p><strong>Các tổ chuyên môn</strong></p>
<ul><li>Tổ Khoa học Tự nhiên: 15 giáo viên - Tổ trưởng: cô Phan Thị Lan</li>
<li>Tổ Khoa học Xã hội: 17 giáo viên - Tổ trưởng: cô Lê Thị Thu Hà</li>
<li>Tổ Văn phòng: 7 nhân viên - Tổ trưởng: cô Trần Thị Hạnh</li></ul>"""
    main = f"""<div class="khung_trang">
{_crumbs(("Giới thiệu", None), (title, page_path(pid)))}
<h2 class="tde_ct">{esc(title)}</h2>
<div class="noidung_ct">
{content}
</div>
</div>"""
    return _layout(request, title=title, main=main, seed=f"trang{pid}", canonical=page_path(pid))


def contact_page(request: Request) -> Response:
    note = ""
    if request.method == "POST":
        note = '<p class="loi" style="color:red">Vui lòng nhập đầy đủ các thông tin bắt buộc (*).</p>'
    main = f"""<div class="khung_lienhe">
{_crumbs(("Liên hệ", "/lien-he"))}
<h2 class="tde_ct">Liên hệ</h2>
<p><strong>{SCHOOL_UP}</strong></p>
<p>Địa chỉ: Xóm 5, xã Hưng Nguyên, tỉnh Nghệ An</p>
<p>Điện thoại: 0238.3821.456 - Email: c2phanboichau.hn@nghean.edu.vn</p>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3780.5!2d105.62!3d18.67" width="100%" height="260" frameborder="0"></iframe>
{note}
<table class="tbl_lienhe">
<tr><td>Họ và tên (*)</td><td><input name="ctl00$cphNoiDung$ucLienHe$txtHoTen" type="text" /></td></tr>
<tr><td>Email (*)</td><td><input name="ctl00$cphNoiDung$ucLienHe$txtEmail" type="text" /></td></tr>
<tr><td>Tiêu đề</td><td><input name="ctl00$cphNoiDung$ucLienHe$txtTieuDe" type="text" /></td></tr>
<tr><td>Nội dung (*)</td><td><textarea name="ctl00$cphNoiDung$ucLienHe$txtNoiDung" rows="6" cols="50"></textarea></td></tr>
<tr><td></td><td><input type="submit" name="ctl00$cphNoiDung$ucLienHe$btnGui" value="Gửi liên hệ" onclick="return KiemTraLienHe();" /></td></tr>
</table>
</div>"""
    return _layout(request, title="Liên hệ", main=main, seed="lienhe")


def search_page(request: Request) -> Response:
    key = request.params.get("tukhoa", "").strip()
    found = [s for s in ORDER if key and key.lower() in s.title.lower()][:10]
    items = "".join(f'\n<li><a href="{story_path(s)}">{esc(s.title)}</a> ({_day(s)})</li>' for s in found)
    main = f"""<div class="khung_timkiem">
{_crumbs(("Tìm kiếm", None))}
<div class="tde_dm"><span>Kết quả tìm kiếm: “{esc(key)}”</span></div>
<p>Tìm thấy {len(found)} kết quả.</p>
<ul>{items}
</ul>
</div>"""
    return _layout(request, title="Tìm kiếm", main=main, seed="tk")


# --- routing ------------------------------------------------------------------------------------

_SESSION_RE = re.compile(r"^/\(S\([a-z0-5]{24}\)\)(/.*)$")
_ART_RE = re.compile(r"^/tin-tuc/[a-z0-9-]+/[a-z0-9-]+-(\d+)\.html$")
_PRINT_RE = re.compile(r"^/tin-tuc/in-bai/(\d+)\.html$")
_SLUG_ID_RE = re.compile(r"^/(van-ban|thu-vien-anh|video|trang)/([a-z0-9-]+)-(\d+)\.html$")
_PAGER_RE = re.compile(r"rptTrang\$ctl(\d+)\$lbtTrang$")

ROBOTS = "User-agent: *\nDisallow: /Admin/\nDisallow: /BinhChon/\nDisallow: /tim-kiem\n"


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        m = _SESSION_RE.match(path)
        if m:
            path = m.group(1)
        lower = path.lower()
        if lower.startswith(("/upload/", "/content/", "/scripts/")):
            if lower.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain; charset=utf-8"})
        if path in ("/", "/Default.aspx", "/default.aspx"):
            return home_page(request)
        if path.startswith("/tin-tuc/"):
            return self._news(request, path)
        if path == "/bang-tin":
            try:
                trang = int(request.params.get("trang", "1"))
            except ValueError:
                trang = 1
            return board_page(request, trang)
        if path == "/van-ban":
            return docs_page(request)
        if path == "/thu-vien-anh":
            return albums_page(request)
        if path == "/video":
            return videos_page(request)
        if path == "/lien-he":
            return contact_page(request)
        if path == "/tim-kiem":
            return search_page(request)
        m = _SLUG_ID_RE.match(path)
        if m:
            section, slug, num = m.group(1), m.group(2), int(m.group(3))
            if section == "van-ban":
                doc = next((d for d in DOCS if d["id"] == num), None)
                return doc_page(request, doc) if doc else None
            if section == "thu-vien-anh" and num == ALBUM["id"]:
                return album_page(request)
            if section == "video" and num == VIDEO["id"]:
                return video_page(request)
            if section == "trang" and num in PAGES and PAGES[num][0] == slug:
                return static_page(request, num)
        return None

    def _news(self, request: Request, path: str) -> Response | None:
        cat = path[len("/tin-tuc/") :]
        if cat in CATS:
            page = 1
            if request.method == "POST":
                target = request.form.get("__EVENTTARGET", "")
                m = _PAGER_RE.search(target)
                if m:
                    page = int(m.group(1)) + 1
            return listing_page(request, cat, page)
        m = _PRINT_RE.match(path)
        if m:
            story = BY_ID.get(int(m.group(1)))
            return print_page(request, story) if story else None
        m = _ART_RE.match(path)
        if m:
            story = BY_ID.get(int(m.group(1)))
            return article_page(request, story) if story else None
        if path == "/tin-tuc" or path == "/tin-tuc/":
            return redirect("/tin-tuc/tin-tuc-su-kien", 301)
        return None


def build_site() -> Site:
    return Site()


# --- gold ---------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    alts = []
    if story.opts.get("featured"):
        alts.append(story_path(story, "tin-noi-bat"))
    if any(kind == "n" and key == story.id for kind, key in BOARD):
        alts.append(f"/{SESSION}{story_path(story)}")
    alts.append(print_path(story))
    return alts


GOLD = [
    gold_record(
        s,
        story_path(s),
        CATS[s.cat],
        canonical_path=story_path(s),
        alt_paths=_alt_paths(s),
    )
    for s in ORDER
]

NON_ARTICLES = [
    page_path(2),
    page_path(3),
    "/lien-he",
    doc_path(DOCS[0]),
    doc_path(DOCS[1]),
    ALBUM_PATH,
    VIDEO_PATH,
]

